package dev.scenecost.lsp.services;

import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.usage.imports.ImportMappings;
import dev.scenecost.lsp.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Finds and loads the scenecost.json of each screenplay (beside it, or in a parent folder up to the
 * workspace root), once per folder until a watched file changes, and lays the editor's settings
 * over whatever the file leaves at its built-in default.
 */
final class ProjectResolver {
  private static final Map<String, String> SYMBOLS =
      Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

  private final Map<Path, LoadedConfig> byFolder = new ConcurrentHashMap<>();
  private final Consumer<String> warn;
  private volatile List<Path> workspaceRoots = List.of();
  private volatile Settings settings = Settings.DEFAULTS;

  private final java.util.Set<String> warned = ConcurrentHashMap.newKeySet();

  ProjectResolver(Consumer<String> log) {
    // Settings are re-applied on every keystroke: say each problem once per settings change.
    this.warn =
        message -> {
          if (warned.add(message)) {
            log.accept(message);
          }
        };
  }

  void setWorkspaceRoots(List<Path> roots) {
    workspaceRoots = List.copyOf(roots);
    byFolder.clear();
  }

  void setSettings(Settings settings) {
    this.settings = settings;
    warned.clear();
  }

  void invalidate() {
    byFolder.clear();
  }

  /** Every configuration loaded so far, for publishing their problems. */
  Collection<LoadedConfig> loaded() {
    return List.copyOf(byFolder.values());
  }

  Project resolve(String uri) {
    LoadedConfig loaded =
        toPath(uri)
            .map(
                path ->
                    byFolder.compute(
                        Objects.requireNonNullElse(
                            path.toAbsolutePath().getParent(), path.toAbsolutePath()),
                        (folder, cached) ->
                            cached != null && !changedOnDisk(cached)
                                ? cached
                                : stamp(
                                    withImportMappingProblems(
                                        ConfigLoader.load(path, rootOf(path))))))
            .orElseGet(() -> new LoadedConfig(ConfigLoader.defaults(), null, List.of()));
    return new Project(withSettings(loaded.config()), loaded.file(), loaded.problems());
  }

  /**
   * The usage import mappings live in the same scenecost.json but are read by the usage package;
   * their problems (an unknown column key, a mapping that is not an object) belong on the file too,
   * so the writer sees them before an import fails. A JSON syntax error is reported by both readers
   * at the same place: it is kept once.
   */
  private static LoadedConfig withImportMappingProblems(LoadedConfig loaded) {
    if (loaded.file() == null) {
      return loaded;
    }
    List<ConfigProblem> problems = new ArrayList<>(loaded.problems());
    for (ConfigProblem problem : ImportMappings.load(loaded.file()).problems()) {
      boolean samePlace =
          problems.stream()
              .anyMatch(p -> p.line() == problem.line() && p.column() == problem.column());
      if (!samePlace) {
        problems.add(problem);
      }
    }
    return new LoadedConfig(loaded.config(), loaded.file(), problems);
  }

  /**
   * Editors that cannot watch files never say scenecost.json changed: its modification time,
   * checked on each estimate (one file-system call), catches the edit anyway.
   */
  private final Map<Path, java.nio.file.attribute.FileTime> modifiedTimes =
      new ConcurrentHashMap<>();

  private LoadedConfig stamp(LoadedConfig loaded) {
    if (loaded.file() != null) {
      modifiedTime(loaded.file()).ifPresent(time -> modifiedTimes.put(loaded.file(), time));
    }
    return loaded;
  }

  private boolean changedOnDisk(LoadedConfig cached) {
    if (cached.file() == null) {
      return false;
    }
    return !modifiedTime(cached.file())
        .equals(Optional.ofNullable(modifiedTimes.get(cached.file())));
  }

  private static Optional<java.nio.file.attribute.FileTime> modifiedTime(Path file) {
    try {
      return Optional.of(java.nio.file.Files.getLastModifiedTime(file));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private Path rootOf(Path screenplay) {
    Path absolute = screenplay.toAbsolutePath().normalize();
    return workspaceRoots.stream()
        .map(root -> root.toAbsolutePath().normalize())
        .filter(absolute::startsWith)
        .max((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()))
        .orElse(null);
  }

  /** The editor's budget defaults, where the file did not change the built-in value. */
  private ProjectConfig withSettings(ProjectConfig config) {
    Settings current = settings;
    ProjectConfig defaults = ConfigLoader.defaults();
    ProjectConfig result = config;
    if (current.defaultTier() != null && result.defaultTier().equals(defaults.defaultTier())) {
      if (result.tier(current.defaultTier()).isPresent()) {
        result = result.withDefaultTier(current.defaultTier());
      } else {
        warn.accept(
            "The setting scenecost.defaultTier names \""
                + current.defaultTier()
                + "\", which is not a tier; use one of "
                + String.join(", ", result.tiers().keySet())
                + ".");
      }
    }
    double contingency = result.contingencyPercent();
    if (current.contingencyPercent() != null && contingency == defaults.contingencyPercent()) {
      contingency = current.contingencyPercent();
    }
    Double budget = result.budget();
    if (current.budget() != null && budget == null) {
      budget = current.budget();
    }
    String currency = result.currency();
    String symbol = result.currencySymbol();
    double rate = result.exchangeRate();
    if (current.currency() != null
        && currency.equals(defaults.currency())
        && !current.currency().equalsIgnoreCase(currency)) {
      if (current.exchangeRate() == null) {
        warn.accept(
            "The setting scenecost.currency is "
                + current.currency()
                + ", but prices are"
                + " in US dollars: set scenecost.exchangeRate too. Showing dollars meanwhile.");
      } else {
        currency = current.currency().toUpperCase(java.util.Locale.ROOT);
        symbol = SYMBOLS.getOrDefault(currency, currency + " ");
        rate = current.exchangeRate();
      }
    }
    if (contingency == result.contingencyPercent()
        && Objects.equals(budget, result.budget())
        && currency.equals(result.currency())) {
      return result;
    }
    return new ProjectConfig(
        currency,
        symbol,
        rate,
        budget,
        result.budgetOverridesTitlePage(),
        contingency,
        result.defaultTier(),
        result.page(),
        result.yield(),
        result.prompt(),
        result.catalog(),
        result.tiers(),
        result.effects(),
        result.fit(),
        result.savings());
  }

  /** Problems grouped by the file they are in, as URIs. */
  Map<String, List<ConfigProblem>> problemsByFileUri() {
    Map<String, List<ConfigProblem>> result = new java.util.LinkedHashMap<>();
    for (LoadedConfig loaded : loaded()) {
      for (ConfigProblem problem : loaded.problems()) {
        String file =
            problem.file() != null
                ? problem.file()
                : loaded.file() != null ? loaded.file().toString() : null;
        if (file == null) {
          continue;
        }
        List<ConfigProblem> list =
            result.computeIfAbsent(Path.of(file).toUri().toString(), k -> new ArrayList<>());
        if (!list.contains(problem)) {
          list.add(problem);
        }
      }
    }
    return result;
  }

  static Optional<Path> toPath(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme()) ? Optional.of(Path.of(parsed)) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
