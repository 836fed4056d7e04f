package dev.scenecost.budget.usage.imports;

import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.config.Names;
import dev.scenecost.budget.json.JsonNode;
import dev.scenecost.budget.json.JsonSyntaxException;
import dev.scenecost.budget.json.JsonTreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The import mappings of a project: {@code usage.imports} in scenecost.json. A broken mapping is
 * reported with its line and left out; the others still work.
 *
 * @param configFile the scenecost.json read, or null when the project has none
 * @param mappings the usable mappings by name, in the order written
 * @param problems what was wrong, with file, line and fix
 */
public record ImportMappings(
    Path configFile, Map<String, ImportMapping> mappings, List<ConfigProblem> problems) {
  private static final List<String> OPTIONS =
      List.of("dateFormat", "scenePattern", "costPerUnit", "exchangeRate");

  public ImportMappings {
    mappings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
    problems = List.copyOf(problems);
  }

  /** The mappings of the scenecost.json that applies to a screenplay (see ConfigLoader.find). */
  public static ImportMappings forScreenplay(Path screenplay, Path workspaceRoot) {
    return ConfigLoader.find(screenplay, workspaceRoot)
        .map(ImportMappings::load)
        .orElseGet(() -> new ImportMappings(null, Map.of(), List.of()));
  }

  public static ImportMappings load(Path configFile) {
    try {
      String text = Files.readString(configFile, StandardCharsets.UTF_8);
      ImportMappings read = fromText(text, configFile.toString());
      return new ImportMappings(configFile, read.mappings(), read.problems());
    } catch (IOException | java.io.UncheckedIOException e) {
      return new ImportMappings(
          configFile,
          Map.of(),
          List.of(
              new ConfigProblem(
                  configFile.toString(),
                  0,
                  0,
                  "Can't read this settings file, so no import mapping is "
                      + "available; check that it exists and is readable.")));
    }
  }

  /** Reads the mappings from settings text; {@code fileLabel} names the file in problems. */
  public static ImportMappings fromText(String text, String fileLabel) {
    List<ConfigProblem> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = JsonTreeReader.read(text, fileLabel);
    } catch (JsonSyntaxException e) {
      problems.add(ConfigProblem.unreadable(fileLabel, e, "no import mapping is available."));
      return new ImportMappings(null, Map.of(), problems);
    }
    JsonNode imports = root.get("usage") == null ? null : root.get("usage").get("imports");
    Map<String, ImportMapping> mappings = new LinkedHashMap<>();
    if (imports == null) {
      return new ImportMappings(null, mappings, problems);
    }
    if (!imports.isObject()) {
      problems.add(
          problem(
              imports,
              "\"imports\" must be an object of named mappings, such as "
                  + "{ \"runway\": { \"date\": \"Date\", \"scene\": \"Task name\", \"cost\": \"Cost\" } }."));
      return new ImportMappings(null, mappings, problems);
    }
    imports
        .members()
        .forEach(
            (name, node) ->
                new Binder(name, node, problems)
                    .bind()
                    .ifPresent(mapping -> mappings.put(name, mapping)));
    return new ImportMappings(null, mappings, problems);
  }

  /** The mapping with that name, ignoring case. */
  public Optional<ImportMapping> get(String name) {
    return mappings.values().stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
  }

  static ConfigProblem problem(JsonNode node, String message) {
    return new ConfigProblem(node.file(), node.line(), node.column(), message);
  }

  /** Reads one named mapping. */
  private static final class Binder {
    private final String name;
    private final JsonNode node;
    private final List<ConfigProblem> problems;
    private boolean broken;

    Binder(String name, JsonNode node, List<ConfigProblem> problems) {
      this.name = name;
      this.node = node;
      this.problems = problems;
    }

    Optional<ImportMapping> bind() {
      if (!node.isObject()) {
        report(
            node,
            "The import mapping \""
                + name
                + "\" must be an object that names the "
                + "export's columns, such as { \"date\": \"Date\", \"scene\": \"Task name\", "
                + "\"cost\": \"Cost\" }.");
        return Optional.empty();
      }
      warnAboutUnknownKeys();
      Map<ImportField, FieldSource> fields = new EnumMap<>(ImportField.class);
      for (ImportField field : ImportField.values()) {
        JsonNode value = node.get(field.key());
        if (value != null) {
          source(field, value).ifPresent(source -> fields.put(field, source));
        }
      }
      String dateFormat = dateFormat();
      Pattern scenePattern = scenePattern();
      Double costPerUnit = positive("costPerUnit", null);
      double exchangeRate = positive("exchangeRate", 1.0);
      requireField(fields, ImportField.DATE, "the column with the date of each row");
      requireField(fields, ImportField.SCENE, "the column that says which scene a row is for");
      if (!fields.containsKey(ImportField.COST)
          && (costPerUnit == null || !fields.containsKey(ImportField.UNITS))) {
        report(
            node,
            "The import mapping \""
                + name
                + "\" needs \"cost\" (the column with what "
                + "each row cost), or \"units\" and \"costPerUnit\" (e.g. \"units\": \"Credits\", "
                + "\"costPerUnit\": 0.01).");
      }
      if (broken) {
        return Optional.empty();
      }
      return Optional.of(
          new ImportMapping(
              name,
              fields,
              dateFormat,
              scenePattern,
              costPerUnit,
              exchangeRate,
              node.file(),
              node.line()));
    }

    private Optional<FieldSource> source(ImportField field, JsonNode value) {
      if (value.asString() != null && !value.asString().isBlank()) {
        return Optional.of(
            field.plainTextIsValue()
                ? FieldSource.value(value.asString().trim(), value.line())
                : FieldSource.column(value.asString().trim(), value.line()));
      }
      JsonNode column = value.get("column");
      JsonNode fixed = value.get("value");
      if (column != null && column.asString() != null && !column.asString().isBlank()) {
        return Optional.of(FieldSource.column(column.asString().trim(), value.line()));
      }
      if (fixed != null && fixed.asString() != null && !field.columnOnly()) {
        return Optional.of(FieldSource.value(fixed.asString().trim(), value.line()));
      }
      report(
          value,
          "\""
              + field.key()
              + "\" of the import mapping \""
              + name
              + "\" must name a "
              + "column of the export, such as \""
              + field.key()
              + "\": \"Column title\""
              + (field.columnOnly() ? "." : ", or give a fixed value: { \"value\": \"...\" }."));
      return Optional.empty();
    }

    private void requireField(
        Map<ImportField, FieldSource> fields, ImportField field, String what) {
      if (!fields.containsKey(field) && node.get(field.key()) == null) {
        report(
            node,
            "The import mapping \"" + name + "\" needs \"" + field.key() + "\": " + what + ".");
      }
    }

    private String dateFormat() {
      JsonNode value = node.get("dateFormat");
      if (value == null) {
        return null;
      }
      try {
        DateTimeFormatter.ofPattern(value.asString(), Locale.ROOT);
        return value.asString();
      } catch (IllegalArgumentException | NullPointerException e) {
        report(
            value,
            "\"dateFormat\" "
                + value.describe()
                + " is not a date pattern; write it "
                + "with d, M and y, such as \"M/d/yyyy\" for 11/18/2026 or \"dd.MM.yyyy\".");
        return null;
      }
    }

    private Pattern scenePattern() {
      JsonNode value = node.get("scenePattern");
      if (value == null) {
        return null;
      }
      try {
        return Pattern.compile(value.asString());
      } catch (PatternSyntaxException | NullPointerException e) {
        report(
            value,
            "\"scenePattern\" "
                + value.describe()
                + " is not a valid pattern. For task "
                + "names like \"sc12 pier\", write \"sc(\\\\w+)\": the part in brackets is the scene.");
        return null;
      }
    }

    private Double positive(String key, Double fallback) {
      JsonNode value = node.get(key);
      if (value == null) {
        return fallback;
      }
      Double number = value.asNumber();
      if (number == null || number <= 0) {
        report(
            value,
            "\""
                + key
                + "\" must be a number above zero, such as "
                + ("costPerUnit".equals(key) ? "0.01." : "0.92."));
        return fallback;
      }
      return number;
    }

    private void warnAboutUnknownKeys() {
      List<String> known = new ArrayList<>(ImportField.keys());
      known.addAll(OPTIONS);
      for (Map.Entry<String, JsonNode> member : node.members().entrySet()) {
        if (!known.contains(member.getKey())) {
          String closest = Names.closest(member.getKey(), known);
          problems.add(
              problem(
                  member.getValue(),
                  "Unknown setting \""
                      + member.getKey()
                      + "\" in the import mapping \""
                      + name
                      + "\"; "
                      + (closest != null
                          ? "did you mean \"" + closest + "\"?"
                          : "it is ignored. Known "
                              + "settings: "
                              + String.join(", ", known)
                              + ".")));
        }
      }
    }

    private void report(JsonNode at, String message) {
      broken = true;
      problems.add(problem(at, message));
    }
  }
}
