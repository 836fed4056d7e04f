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
    mode = mode == null ? null : LITELLM_MODES.getOrDefault(mode, mode);
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
        label(node, "source", node.file() == null ? "built-in" : node.file()),
        label(node, "date", null),
        more(name, node, report),
        clipSeconds(name, node, report),
        deprecationDate(node, report),
        label(node, "successor", null),
        node.file() == null ? "built-in" : node.file());
  }

  private Map<String, Double> more(String name, JsonNode node, boolean report) {
    Map<String, Double> result = new LinkedHashMap<>();
    for (String field : node.members().keySet()) {
      boolean bySuffix = field.startsWith(PriceEntry.PER_SECOND + "_");
      if (MORE.contains(field) || bySuffix) {
        Double value = price(name, node, field, report);
        if (value != null) {
          result.put(field, value);
        }
      }
    }
    return result;
  }

  private List<Double> clipSeconds(String name, JsonNode node, boolean report) {
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
      if (report) {
        binder.report(
            clips,
            "\"clip_seconds\" of \""
                + name
                + "\" must list the clip lengths the model generates, such as [4, 6, 8];"
                + " billing it by the second");
      }
      return List.of();
    }
    result.sort(Double::compare);
    return result;
  }

  private LocalDate deprecationDate(JsonNode node, boolean report) {
    JsonNode date = node.get("deprecation_date");
    if (date == null || date.kind() == JsonNode.Kind.NULL) {
      return null;
    }
    String text = date.asString();
    try {
      return LocalDate.parse(text == null ? "" : text.trim());
    } catch (DateTimeParseException e) {
      if (report) {
        binder.report(
            date,
            "\"deprecation_date\" must be a day written 2026-09-24, not "
                + date.describe()
                + "; the model is taken as current");
      }
      return null;
    }
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
