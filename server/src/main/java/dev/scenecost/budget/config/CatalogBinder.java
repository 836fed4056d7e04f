package dev.scenecost.budget.config;

import dev.scenecost.budget.json.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds the {@code catalog} object: one {@link PriceEntry} per model. */
final class CatalogBinder {
  private static final List<String> MODES = List.of("video", "image", "audio", "text");

  private final ConfigBinder binder;

  CatalogBinder(ConfigBinder binder) {
    this.binder = binder;
  }

  Map<String, PriceEntry> bind(JsonNode catalog) {
    Map<String, PriceEntry> result = new LinkedHashMap<>();
    if (catalog == null || !catalog.isObject()) {
      binder.report(
          catalog,
          "\"catalog\" must be an object of models, not "
              + (catalog == null ? "missing" : catalog.describe())
              + "; using the built-in prices");
      catalog = binder.fallback(List.of("catalog"));
    }
    for (Map.Entry<String, JsonNode> entry : catalog.members().entrySet()) {
      String name = entry.getKey();
      JsonNode node = entry.getValue();
      if (node.kind() == JsonNode.Kind.NULL) {
        continue; // "model": null removes a built-in entry
      }
      if (!node.isObject()) {
        binder.report(
            node,
            "Catalog entry \""
                + name
                + "\" must be an object of prices such as"
                + " {\"output_cost_per_second\": 0.15}; skipping it");
        continue;
      }
      result.put(name, entry(name, node, true));
    }
    return result;
  }

  /**
   * The built-in entry of a model, for a tier whose model the file removed or broke; null when
   * there is no built-in entry of that name.
   */
  PriceEntry builtIn(String name) {
    JsonNode node = binder.fallback(List.of("catalog", name));
    return node == null || !node.isObject() ? null : entry(name, node, false);
  }

  private PriceEntry entry(String name, JsonNode node, boolean report) {
    JsonNode modeNode = node.get("mode");
    String mode = modeNode == null ? null : modeNode.asString();
    if (modeNode != null
        && modeNode.kind() != JsonNode.Kind.NULL
        && (mode == null || !MODES.contains(mode))) {
      if (report) {
        binder.report(
            modeNode,
            "Catalog entry \""
                + name
                + "\" has mode "
                + modeNode.describe()
                + "; use video, image, audio or text");
      }
      mode = null;
    }
    Double perImageTokens = price(name, node, "output_tokens_per_image", report);
    return new PriceEntry(
        name,
        mode,
        price(name, node, "output_cost_per_second", report),
        price(name, node, "output_cost_per_image", report),
        price(name, node, "output_cost_per_token", report),
        price(name, node, "input_cost_per_token", report),
        price(name, node, "cache_read_input_token_cost", report),
        price(name, node, "input_cost_per_character", report),
        perImageTokens == null ? null : (int) Math.round(perImageTokens),
        label(node, "source", "your " + (node.file() == null ? "defaults" : "scenecost.json")),
        label(node, "date", null));
  }

  /** A field of the entry {@code node} (not of the merged tree: a broken catalog falls back). */
  private Double price(String model, JsonNode entry, String field, boolean report) {
    List<String> path = List.of("catalog", model, field);
    JsonNode node = entry.get(field);
    if (node == null || node.kind() == JsonNode.Kind.NULL) {
      return null;
    }
    Double value = node.asNumber();
    if (value == null && node.asString() != null) {
      try {
        value = Double.valueOf(node.asString().trim().replace("$", ""));
      } catch (NumberFormatException e) {
        value = null;
      }
    }
    SettingRanges.Range range = SettingRanges.of(path).orElseThrow();
    if (value != null && range.contains(value)) {
      return value;
    }
    JsonNode builtIn = binder.fallback(path);
    if (report) {
      binder.report(
          node,
          "Malformed price "
              + node.describe()
              + " for "
              + field
              + " of \""
              + model
              + "\"; write "
              + (field.startsWith("output_tokens")
                  ? range.describe()
                  : "a number of US dollars such as 0.15 ("
                      + range.describe().replaceFirst("^a number ", "")
                      + ")")
              + (builtIn != null ? ". Using the built-in " + builtIn.describe() : ""));
    }
    return builtIn == null ? null : builtIn.asNumber();
  }

  private static String label(JsonNode node, String key, String otherwise) {
    JsonNode value = node.get(key);
    return value != null && value.asString() != null ? value.asString() : otherwise;
  }
}
