package dev.scenecost.budget.config;

import dev.scenecost.budget.json.JsonNode;
import dev.scenecost.budget.json.JsonSyntaxException;
import dev.scenecost.budget.json.JsonTreeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the price files named by {@code "priceFiles"} in scenecost.json: LiteLLM's {@code
 * model_prices_and_context_window.json} as it is, or any file in its format. Entries of the modes
 * Scenecost prices (video, image, speech and text generation) replace built-in entries of the same
 * key whole; scenecost.json's own {@code catalog} still wins over them. A missing, unreadable,
 * malformed or oversized file is a settings problem, never a crash.
 */
final class PriceFiles {
  /** LiteLLM's table is about 1.5 MB; anything past this is not a price file. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private PriceFiles() {}

  /**
   * The catalog entries of every readable price file, later files winning, or an empty map.
   *
   * @param list the {@code priceFiles} value
   * @param folder the folder of the settings file, which relative paths start from
   */
  static Map<String, JsonNode> read(JsonNode list, Path folder, List<ConfigProblem> problems) {
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    if (list == null || list.kind() == JsonNode.Kind.NULL) {
      return entries;
    }
    List<JsonNode> names =
        list.kind() == JsonNode.Kind.ARRAY
            ? list.elements()
            : list.asString() != null ? List.of(list) : null;
    if (names == null) {
      problem(
          problems,
          list,
          "\"priceFiles\" must be a list of file names such as"
              + " [\"model_prices_and_context_window.json\"]; no price file is read");
      return entries;
    }
    for (JsonNode name : names) {
      if (name.asString() == null || name.asString().isBlank()) {
        problem(problems, name, "A price file must be a file name in double quotes; skipping it");
        continue;
      }
      readOne(name, folder, problems, entries);
    }
    return entries;
  }

  private static void readOne(
      JsonNode name, Path folder, List<ConfigProblem> problems, Map<String, JsonNode> entries) {
    Path file;
    try {
      Path given = Path.of(name.asString().trim());
      file = given.isAbsolute() || folder == null ? given : folder.resolve(given);
    } catch (InvalidPathException e) {
      problem(problems, name, "\"" + name.asString() + "\" is not a file name; skipping it");
      return;
    }
    String text;
    try {
      if (!Files.isRegularFile(file)) {
        problem(
            problems,
            name,
            "Price file "
                + file
                + " does not exist; paths are relative to this settings file. Its prices are not"
                + " used.");
        return;
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        problem(
            problems,
            name,
            "Price file "
                + file
                + " is "
                + size / (1024 * 1024)
                + " MB; Scenecost reads price files up to "
                + MAX_BYTES / (1024 * 1024)
                + " MB (LiteLLM's is under 2 MB). Its prices are not used.");
        return;
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      problem(
          problems,
          name,
          "Can't read price file "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "); its prices are not used.");
      return;
    }
    JsonNode root;
    try {
      root = JsonTreeReader.read(text, file.toString());
    } catch (JsonSyntaxException e) {
      problems.add(ConfigProblem.unreadable(file.toString(), e, "its prices are not used."));
      return;
    }
    if (!root.isObject()) {
      problems.add(
          new ConfigProblem(
              file.toString(),
              root.line(),
              root.column(),
              "A price file must be one object of models, as LiteLLM's"
                  + " model_prices_and_context_window.json is; its prices are not used."));
      return;
    }
    for (Map.Entry<String, JsonNode> entry : root.members().entrySet()) {
      JsonNode model = entry.getValue();
      if (!model.isObject()) {
        continue;
      }
      JsonNode mode = model.get("mode");
      String our = mode == null ? null : mode.asString();
      if (our != null && CatalogBinder.LITELLM_MODES.containsKey(our)) {
        entries.put(entry.getKey(), model);
      } else if (our != null && List.of("video", "image", "audio", "text").contains(our)) {
        entries.put(entry.getKey(), model);
      }
      // Other modes (embedding, rerank, moderation ...) and LiteLLM's "sample_spec" price
      // nothing a film needs.
    }
  }

  private static void problem(List<ConfigProblem> problems, JsonNode node, String message) {
    problems.add(new ConfigProblem(node.file(), node.line(), node.column(), message));
  }
}
