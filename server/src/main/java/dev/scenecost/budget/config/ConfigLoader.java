package dev.scenecost.budget.config;

import dev.scenecost.budget.json.JsonNode;
import dev.scenecost.budget.json.JsonSyntaxException;
import dev.scenecost.budget.json.JsonTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code scenecost.json} and merges it over the built-in defaults. Never throws for
 * a bad file: it returns the best configuration it can and the list of problems. Thread-safe.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = "scenecost.json";
  private static final String DEFAULTS_RESOURCE = "/dev/scenecost/budget/defaults.json";

  private static volatile JsonNode defaultsTree;
  private static volatile ProjectConfig defaults;

  private ConfigLoader() {}

  /** The built-in configuration: default catalog, tiers, lexicon and settings. */
  public static ProjectConfig defaults() {
    ProjectConfig result = defaults;
    if (result == null) {
      List<ConfigProblem> problems = new ArrayList<>();
      result = new ConfigBinder(defaultsTree(), defaultsTree(), problems).bind();
      if (!problems.isEmpty()) {
        throw new IllegalStateException("Built-in defaults are inconsistent: " + problems);
      }
      defaults = result;
    }
    return result;
  }

  /**
   * The scenecost.json that applies to a screenplay: in its folder, else in the nearest parent
   * folder, stopping at {@code workspaceRoot} (inclusive; null means the file system root).
   */
  public static Optional<Path> find(Path screenplay, Path workspaceRoot) {
    Path folder = screenplay.toAbsolutePath().normalize().getParent();
    Path root = workspaceRoot == null ? null : workspaceRoot.toAbsolutePath().normalize();
    while (folder != null) {
      Path candidate = folder.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (folder.equals(root)) {
        break;
      }
      folder = folder.getParent();
    }
    return Optional.empty();
  }

  /** Finds the config for a screenplay (see {@link #find}) and loads it, or the defaults. */
  public static LoadedConfig load(Path screenplay, Path workspaceRoot) {
    Optional<Path> file = find(screenplay, workspaceRoot);
    return file.isPresent() ? loadFile(file.get()) : new LoadedConfig(defaults(), null, List.of());
  }

  /** Loads one config file; an unreadable file is a problem, and the defaults apply. */
  public static LoadedConfig loadFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return new LoadedConfig(
          defaults(),
          file,
          List.of(
              new ConfigProblem(
                  file.toString(),
                  0,
                  0,
                  "Can't read this settings file ("
                      + e.getClass().getSimpleName()
                      + "); check that it"
                      + " exists and is readable. Using the built-in defaults.")));
    }
    LoadedConfig loaded = fromText(text, file.toString());
    return new LoadedConfig(loaded.config(), file, loaded.problems());
  }

  /**
   * Reads settings from text, such as an editor's unsaved buffer; {@code fileLabel} names the file
   * in problems.
   */
  public static LoadedConfig fromText(String text, String fileLabel) {
    List<ConfigProblem> problems = new ArrayList<>();
    JsonNode user;
    try {
      user = JsonTreeReader.read(text, fileLabel);
    } catch (JsonSyntaxException e) {
      problems.add(ConfigProblem.unreadable(fileLabel, e, "the built-in defaults apply."));
      return new LoadedConfig(defaults(), null, problems);
    }
    if (!user.isObject()) {
      problems.add(
          new ConfigProblem(
              fileLabel,
              user.line(),
              user.column(),
              "The settings must be one object in braces: { \"budget\": 12000 }. Using the built-in"
                  + " defaults."));
      return new LoadedConfig(defaults(), null, problems);
    }
    JsonNode base = withPriceFiles(defaultsTree(), user, fileLabel, problems);
    JsonNode merged = JsonNode.merge(base, user);
    ProjectConfig config = new ConfigBinder(defaultsTree(), merged, problems).bind();
    return new LoadedConfig(config, null, problems);
  }

  /**
   * The built-in defaults with the catalog entries of the user's price files put in place of
   * built-ins of the same key (whole entries: a LiteLLM entry's fields are not mixed with ours).
   */
  private static JsonNode withPriceFiles(
      JsonNode defaults, JsonNode user, String fileLabel, List<ConfigProblem> problems) {
    JsonNode list = user.get("priceFiles");
    if (list == null) {
      return defaults;
    }
    Path folder = null;
    try {
      Path settings = fileLabel == null ? null : Path.of(fileLabel).toAbsolutePath();
      folder = settings == null ? null : settings.getParent();
    } catch (java.nio.file.InvalidPathException e) {
      folder = null;
    }
    Map<String, JsonNode> entries = PriceFiles.read(list, folder, problems);
    if (entries.isEmpty()) {
      return defaults;
    }
    JsonNode catalog = defaults.get("catalog");
    Map<String, JsonNode> members = new LinkedHashMap<>(catalog.members());
    members.putAll(entries);
    Map<String, JsonNode> root = new LinkedHashMap<>(defaults.members());
    root.put("catalog", JsonNode.object(members, catalog.file(), catalog.line(), catalog.column()));
    return JsonNode.object(root, defaults.file(), defaults.line(), defaults.column());
  }

  private static JsonNode defaultsTree() {
    JsonNode tree = defaultsTree;
    if (tree == null) {
      try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + DEFAULTS_RESOURCE);
        }
        tree = JsonTreeReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (JsonSyntaxException e) {
        throw new IllegalStateException(
            "Built-in defaults are not valid JSON: "
                + e.getMessage()
                + " at "
                + e.line()
                + ":"
                + e.column());
      }
      defaultsTree = tree;
    }
    return tree;
  }
}
