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
      binder.report(catalog, "\"catalog\" must be an object of models; using the built-in prices");
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
      result.put(name, entry(name, node));
    }
    return result;
  }

  private PriceEntry entry(String name, JsonNode node) {
    String mode = node.get("mode") == null ? null : node.get("mode").asString();
    if (mode != null && !MODES.contains(mode)) {
      binder.report(
          node.get("mode"),
          "Catalog entry \""
              + name
              + "\" has mode \""
              + mode
              + "\"; use video, image, audio or text");
      mode = null;
    }
    Double perImageTokens = price(name, "output_tokens_per_image");
    return new PriceEntry(
        name,
        mode,
        price(name, "output_cost_per_second"),
        price(name, "output_cost_per_image"),
        price(name, "output_cost_per_token"),
        price(name, "input_cost_per_token"),
        price(name, "cache_read_input_token_cost"),
        price(name, "input_cost_per_character"),
        perImageTokens == null ? null : (int) Math.round(perImageTokens),
        label(node, "source", "your " + (node.file() == null ? "defaults" : "scenecost.json")),
        label(node, "date", null));
  }

  private Double price(String model, String field) {
    List<String> path = List.of("catalog", model, field);
    JsonNode node = binder.mergedAt(path);
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
    if (value != null && value >= 0 && !value.isInfinite()) {
      return value;
    }
    JsonNode builtIn = binder.fallback(path);
    binder.report(
        node,
        "Malformed price "
            + node.describe()
            + " for "
            + field
            + " of \""
            + model
            + "\"; write a number of US dollars such as 0.15"
            + (builtIn != null ? ". Using the built-in " + builtIn.describe() : ""));
    return builtIn == null ? null : builtIn.asNumber();
  }

  private static String label(JsonNode node, String key, String otherwise) {
    JsonNode value = node.get(key);
    return value != null && value.asString() != null ? value.asString() : otherwise;
  }
}
