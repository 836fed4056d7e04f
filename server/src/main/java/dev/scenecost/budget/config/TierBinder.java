package dev.scenecost.budget.config;

import dev.scenecost.budget.json.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Binds the {@code tiers} object, checking every model against the catalog. */
final class TierBinder {
  private static final Map<String, String> MODES =
      Map.of("video", "video", "images", "image", "voice", "audio", "text", "text");

  private final ConfigBinder binder;
  private final Map<String, PriceEntry> catalog;
  private final java.util.Set<String> restored = new java.util.HashSet<>();

  TierBinder(ConfigBinder binder, Map<String, PriceEntry> catalog) {
    this.binder = binder;
    this.catalog = catalog;
  }

  Map<String, Tier> bind(JsonNode tiers) {
    Map<String, Tier> result = new LinkedHashMap<>();
    if (tiers == null || !tiers.isObject()) {
      binder.report(tiers, "\"tiers\" must be an object of named tiers; using the built-in tiers");
      tiers = binder.fallback(List.of("tiers"));
    }
    for (Map.Entry<String, JsonNode> entry : tiers.members().entrySet()) {
      if (entry.getValue().kind() == JsonNode.Kind.NULL) {
        continue; // "tier": null removes a built-in tier
      }
      if (!entry.getValue().isObject()) {
        binder.report(
            entry.getValue(),
            "Tier \""
                + entry.getKey()
                + "\" must be an object with"
                + " video, images, voice and text; skipping it");
        continue;
      }
      result.put(entry.getKey(), tier(entry.getKey()));
    }
    if (result.isEmpty()) {
      binder.report(tiers, "No usable tier; using the built-in tiers");
      return bind(binder.fallback(List.of("tiers")));
    }
    return result;
  }

  private Tier tier(String name) {
    List<String> base = List.of("tiers", name);
    JsonNode description = binder.mergedAt(path(base, "description"));
    Double generations =
        binder.optionalNumber(
            path(base, "generationsPerUsableSecond"),
            "generations per usable second for this tier",
            "the film's yield applies");
    return new Tier(
        name,
        description != null && description.asString() != null ? description.asString() : name,
        new Tier.VideoSpec(
            model(
                base,
                "video",
                "video price (output_cost_per_second or" + " output_cost_per_token)",
                e -> e.outputCostPerSecond() != null || e.outputCostPerToken() != null),
            whole(base, "video", "width"),
            whole(base, "video", "height"),
            whole(base, "video", "fps"),
            binder.positive(path(base, "video", "maxClipSeconds"), "longest clip in seconds")),
        new Tier.ImageSpec(
            model(
                base,
                "images",
                "image price (output_cost_per_image or" + " output_cost_per_token)",
                e -> e.outputCostPerImage() != null || e.outputCostPerToken() != null),
            whole(base, "images", "width"),
            whole(base, "images", "height"),
            (int)
                binder.nonNegative(
                    path(base, "images", "perCharacter"), "images per character" + " sheet"),
            (int)
                binder.nonNegative(
                    path(base, "images", "perLocation"), "images per location" + " plate")),
        new Tier.VoiceSpec(
            model(
                base,
                "voice",
                "voice price (input_cost_per_character or" + " output_cost_per_second)",
                e -> e.inputCostPerCharacter() != null || e.outputCostPerSecond() != null),
            Math.max(1, (int) binder.positive(path(base, "voice", "takes"), "takes per line"))),
        new Tier.TextSpec(
            model(
                base,
                "text",
                "text prices (input_cost_per_token and output_cost_per_token)",
                e -> e.inputCostPerToken() != null),
            (int)
                binder.nonNegative(
                    path(base, "text", "outputTokensPerPrompt"),
                    "tokens each" + " shot prompt writes")),
        generations);
  }

  private String model(List<String> base, String part, String needs, Predicate<PriceEntry> usable) {
    List<String> path = path(base, part, "model");
    String model = binder.text(path);
    PriceEntry entry = catalog.get(model);
    String mode = MODES.get(part);
    boolean rightKind = entry != null && (entry.mode() == null || entry.mode().equals(mode));
    if (rightKind && usable.test(entry)) {
      return model;
    }
    String fallback = binder.fallback(path).asString();
    JsonNode node = binder.mergedAt(path);
    if (model.equals(fallback)) {
      // The tier keeps its built-in model, whose catalog entry the file removed or broke.
      restoreBuiltIn(fallback, base.get(1), part, needs);
      return fallback;
    }
    if (!fits(catalog.get(fallback), mode, usable)) {
      restoreBuiltIn(fallback, base.get(1), part, needs);
    }
    if (entry == null) {
      String closest = Names.closest(model, catalog.keySet());
      binder.report(
          node,
          "Unknown model \""
              + model
              + "\" for the "
              + part
              + " of tier \""
              + base.get(1)
              + "\"; add it to \"catalog\""
              + (closest != null ? " or use \"" + closest + "\"" : "")
              + ". Using "
              + fallback
              + ".");
    } else if (entry.mode() != null && !entry.mode().equals(mode)) {
      binder.report(
          node,
          "Model \""
              + model
              + "\" is a "
              + entry.mode()
              + " model and cannot be"
              + " the "
              + part
              + " of tier \""
              + base.get(1)
              + "\"; use a "
              + mode
              + " model. Using "
              + fallback
              + ".");
    } else {
      binder.report(
          node,
          "Model \""
              + model
              + "\" has no "
              + needs
              + " in the catalog; add one."
              + " Using "
              + fallback
              + ".");
    }
    return fallback;
  }

  private static boolean fits(PriceEntry entry, String mode, Predicate<PriceEntry> usable) {
    return entry != null
        && (entry.mode() == null || entry.mode().equals(mode))
        && usable.test(entry);
  }

  /**
   * Puts the built-in catalog entry of {@code name} back, reported at the entry (or the catalog)
   * the file changed: a tier must never price its work with a model that has no price.
   */
  private void restoreBuiltIn(String name, String tier, String part, String needs) {
    if (!restored.add(name)) {
      return;
    }
    PriceEntry builtIn = new CatalogBinder(binder).builtIn(name);
    JsonNode where = binder.mergedAt(List.of("catalog", name));
    if (where == null) {
      where = binder.mergedAt(List.of("catalog"));
    }
    PriceEntry broken = catalog.get(name);
    binder.report(
        where,
        "Tier \""
            + tier
            + "\" uses \""
            + name
            + "\" for its "
            + part
            + ", but the catalog entry "
            + (broken == null
                ? "was removed or is not an object of prices"
                : "has no " + needs + " of the right mode")
            + "; using the built-in entry. Point the tier at another model to drop it.");
    if (builtIn != null) {
      catalog.put(name, builtIn);
    }
  }

  private int whole(List<String> base, String part, String key) {
    return (int) Math.round(binder.positive(path(base, part, key), key + " in whole numbers"));
  }

  private static List<String> path(List<String> base, String... more) {
    List<String> result = new java.util.ArrayList<>(base);
    result.addAll(List.of(more));
    return result;
  }
}
