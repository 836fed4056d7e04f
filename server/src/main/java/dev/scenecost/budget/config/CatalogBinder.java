package dev.scenecost.budget.config;

import dev.scenecost.budget.json.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds the {@code catalog} object: one {@link PriceEntry} per model. */
final class CatalogBinder {
  private static final List<String> MODES = List.of("video", "image", "audio", "text", "training");

  /** LiteLLM's modes, read as ours so its price table can be used as it is. */
  static final Map<String, String> LITELLM_MODES =
      Map.of(
          "video_generation", "video",
          "image_generation", "image",
          "audio_speech", "audio",
          "chat", "text",
          "completion", "text",
          "responses", "text");

  /** Prices read into {@link PriceEntry#more()}; plus every output_cost_per_second_<suffix>. */
  private static final List<String> MORE =
      List.of(
          PriceEntry.PER_VIDEO_SECOND,
          "input_cost_per_image",
          "output_cost_per_image_token",
          "output_cost_per_pixel",
          "output_cost_per_run",
          "gpu_cost_per_hour",
          "video_seconds_per_gpu_hour",
          "gpu_utilisation");

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
    mode = mode == null ? null : LITELLM_MODES.getOrDefault(mode, mode);
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
        label(node, "source", node.file() == null ? "built-in" : node.file()),
        label(node, "date", null),
        more(name, node),
        clipSeconds(name, node),
        deprecationDate(node),
        label(node, "successor", null),
        node.file() == null ? "built-in" : node.file());
  }

  private Map<String, Double> more(String name, JsonNode node) {
    Map<String, Double> result = new LinkedHashMap<>();
    for (String field : node.members().keySet()) {
      boolean bySuffix = field.startsWith(PriceEntry.PER_SECOND + "_");
      if (MORE.contains(field) || bySuffix) {
        Double value = price(name, field);
        if (value != null) {
          result.put(field, value);
        }
      }
    }
    return result;
  }

  private List<Double> clipSeconds(String name, JsonNode node) {
    JsonNode clips = node.get("clip_seconds");
    if (clips == null || clips.kind() == JsonNode.Kind.NULL) {
      return List.of();
    }
    List<Double> result = new ArrayList<>();
    if (clips.kind() == JsonNode.Kind.ARRAY) {
      for (JsonNode clip : clips.elements()) {
        if (clip.asNumber() != null && clip.asNumber() > 0) {
          result.add(clip.asNumber());
        } else {
          result.clear();
          break;
        }
      }
    }
    if (result.isEmpty()) {
      binder.report(
          clips,
          "\"clip_seconds\" of \""
              + name
              + "\" must list the clip lengths the model generates, such as [4, 6, 8];"
              + " billing it by the second");
      return List.of();
    }
    result.sort(Double::compare);
    return result;
  }

  private LocalDate deprecationDate(JsonNode node) {
    JsonNode date = node.get("deprecation_date");
    if (date == null || date.kind() == JsonNode.Kind.NULL) {
      return null;
    }
    String text = date.asString();
    try {
      return LocalDate.parse(text == null ? "" : text.trim());
    } catch (DateTimeParseException e) {
      binder.report(
          date,
          "\"deprecation_date\" must be a day written 2026-09-24, not "
              + date.describe()
              + "; the model is taken as current");
      return null;
    }
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
