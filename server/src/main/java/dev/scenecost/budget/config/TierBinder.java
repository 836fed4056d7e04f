package dev.scenecost.budget.config;

import dev.scenecost.budget.json.JsonNode;
import dev.scenecost.budget.result.ShotType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Binds the {@code tiers} object, checking every model against the catalog. */
final class TierBinder {
  private static final Map<String, String> MODES =
      Map.ofEntries(
          Map.entry("video", "video"),
          Map.entry("images", "image"),
          Map.entry("keyframes", "image"),
          Map.entry("lora", "training"),
          Map.entry("voice", "audio"),
          Map.entry("lipsync", "video"),
          Map.entry("fixes", "video"),
          Map.entry("upscale", "video"),
          Map.entry("music", "audio"),
          Map.entry("sound", "audio"),
          Map.entry("text", "text"));

  /** The most seconds generated for one finished second any production has reported is 300. */
  static final double MAX_RATIO = 1000;

  private static final String PER_SECOND = "price per second (output_cost_per_second)";

  private final ConfigBinder binder;
  private final Map<String, PriceEntry> catalog;
  // The models of the tier being bound, by part, and where each is written.
  private Map<String, String> models;
  private Map<String, ValueLocation> locations;
  // Built-in catalog entries already put back, so each is reported once.
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
    models = new LinkedHashMap<>();
    locations = new LinkedHashMap<>();
    List<String> base = List.of("tiers", name);
    JsonNode description = binder.mergedAt(path(base, "description"));
    JsonNode yield = binder.mergedAt(path(base, "generationsPerUsableSecond"));
    if (yield != null && yield.file() != null) {
      binder.report(
          yield,
          "\"generationsPerUsableSecond\" is no longer used: each tier now sets \"ratios\","
              + " the seconds generated per finished second for each shot type (establishing,"
              + " action, dialogue, effects). Remove it, or write for example \"ratios\":"
              + " {\"action\": [10, 20]}.");
    }
    Tier.VideoSpec video =
        new Tier.VideoSpec(
            model(
                base,
                "video",
                "video price (output_cost_per_second, output_cost_per_video_per_second,"
                    + " output_cost_per_second_<resolution> or output_cost_per_token)",
                PriceEntry::pricesVideo),
            whole(base, "video", "width"),
            whole(base, "video", "height"),
            whole(base, "video", "fps"),
            binder.positive(path(base, "video", "maxClipSeconds"), "longest clip in seconds"));
    Tier.ImageSpec images =
        new Tier.ImageSpec(
            model(
                base,
                "images",
                "image price (output_cost_per_image or" + " output_cost_per_token)",
                e -> e.imagePrice(1024, 1024, 1) != null),
            whole(base, "images", "width"),
            whole(base, "images", "height"),
            (int)
                binder.nonNegative(
                    path(base, "images", "perCharacter"), "images per character" + " sheet"),
            (int)
                binder.nonNegative(
                    path(base, "images", "perLocation"), "images per location" + " plate"));
    return new Tier(
        name,
        description != null && description.asString() != null ? description.asString() : name,
        video,
        images,
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
        production(base),
        models,
        locations);
  }

  private Tier.Production production(List<String> base) {
    Map<ShotType, Tier.Ratio> ratios = new EnumMap<>(ShotType.class);
    JsonNode table = binder.mergedAt(path(base, "ratios"));
    if (table != null && !table.isObject()) {
      binder.report(
          table,
          "\"ratios\" of tier \""
              + base.get(1)
              + "\" must be an object by shot type, such as {\"action\": [12, 20]}; using the"
              + " built-in ratios");
    }
    for (ShotType type : ShotType.values()) {
      ratios.put(type, ratio(path(base, "ratios", type.jsonName())));
    }
    JsonNode audio = binder.mergedAt(path(base, "video", "nativeAudio"));
    boolean nativeAudio = audio != null && Boolean.TRUE.equals(audio.asBoolean());
    if (audio != null && audio.kind() != JsonNode.Kind.NULL && audio.asBoolean() == null) {
      binder.report(audio, "\"nativeAudio\" must be true or false; using false");
    }
    JsonNode attemptsNode = binder.mergedAt(path(base, "images", "attempts"));
    int attempts =
        attemptsNode == null
            ? 1
            : Math.max(
                1,
                (int)
                    Math.round(
                        binder.positive(
                            path(base, "images", "attempts"), "attempts at each character sheet")));
    Tier.Keyframes keyframes =
        present(base, "keyframes")
            ? new Tier.Keyframes(
                model(
                    base,
                    "keyframes",
                    "image price (output_cost_per_image)",
                    e -> e.imagePrice(1024, 1024, 1) != null),
                (int)
                    binder.nonNegative(
                        path(base, "keyframes", "variants"), "start-frame variants per shot"),
                flag(path(base, "keyframes", "endFrame")))
            : null;
    Tier.Lora lora =
        present(base, "lora")
            ? new Tier.Lora(
                model(
                    base,
                    "lora",
                    "training price (output_cost_per_run)",
                    e -> e.price("output_cost_per_run") != null),
                (int) binder.nonNegative(path(base, "lora", "runs"), "training runs per character"))
            : null;
    Tier.Lipsync lipsync =
        present(base, "lipsync")
            ? new Tier.Lipsync(
                model(base, "lipsync", PER_SECOND, e -> e.videoPerSecond(1080, false) != null),
                Math.max(
                    1,
                    (int)
                        binder.positive(
                            path(base, "lipsync", "retakes"), "retakes of each dialogue shot")))
            : null;
    Tier.Fixes fixes =
        present(base, "fixes")
            ? new Tier.Fixes(
                model(base, "fixes", PER_SECOND, e -> e.videoPerSecond(1080, false) != null),
                share(path(base, "fixes", "share")))
            : null;
    Tier.Upscale upscale = null;
    if (present(base, "upscale")) {
      JsonNode interpolation = binder.mergedAt(path(base, "upscale", "interpolation"));
      upscale =
          new Tier.Upscale(
              model(base, "upscale", PER_SECOND, e -> e.videoPerSecond(1080, false) != null),
              binder.nonNegative(
                  path(base, "upscale", "handles"), "share of extra seconds for handles"),
              interpolation == null || interpolation.kind() == JsonNode.Kind.NULL
                  ? null
                  : modelAt(
                      path(base, "upscale", "interpolation"),
                      base,
                      "upscale",
                      PER_SECOND,
                      e -> e.videoPerSecond(1080, false) != null));
    }
    return new Tier.Production(
        ratios,
        nativeAudio,
        attempts,
        keyframes,
        lora,
        lipsync,
        fixes,
        upscale,
        perMinute(base, "music"),
        perMinute(base, "sound"));
  }

  private Tier.PerMinute perMinute(List<String> base, String part) {
    if (!present(base, part)) {
      return null;
    }
    return new Tier.PerMinute(
        model(base, part, PER_SECOND, e -> e.outputCostPerSecond() != null),
        binder.positive(path(base, part, "takes"), "takes per finished minute"));
  }

  /** A part the tier has: an object (null or absent means the tier does without it). */
  private boolean present(List<String> base, String part) {
    JsonNode node = binder.mergedAt(path(base, part));
    if (node == null || node.kind() == JsonNode.Kind.NULL) {
      return false;
    }
    if (!node.isObject()) {
      binder.report(
          node,
          "\""
              + part
              + "\" of tier \""
              + base.get(1)
              + "\" must be an object such as {\"model\": \"...\"}, or null for none; using the"
              + " built-in one");
      return binder.fallback(path(base, part)) != null
          && binder.fallback(path(base, part)).isObject();
    }
    return true;
  }

  private boolean flag(List<String> path) {
    JsonNode node = binder.mergedAt(path);
    if (node == null || node.kind() == JsonNode.Kind.NULL) {
      return false;
    }
    if (node.asBoolean() == null) {
      binder.report(node, "\"" + path.get(path.size() - 1) + "\" must be true or false");
      JsonNode fallback = binder.fallback(path);
      return fallback != null && Boolean.TRUE.equals(fallback.asBoolean());
    }
    return node.asBoolean();
  }

  private double share(List<String> path) {
    double share = binder.nonNegative(path, "share of shots, from 0 to 1");
    if (share > 1) {
      binder.report(
          binder.mergedAt(path),
          "\"share\" is a fraction of the shots from 0 to 1 (0.15 for 15%); using 1");
      return 1;
    }
    return share;
  }

  private Tier.Ratio ratio(List<String> path) {
    JsonNode node = binder.mergedAt(path);
    Tier.Ratio ratio = readRatio(node);
    if (ratio != null) {
      return ratio;
    }
    if (node != null) {
      binder.report(
          node,
          "The ratio for "
              + path.get(path.size() - 1)
              + " shots must be the generated seconds per finished second as [low, high], such as"
              + " [10, 20], or one number up to 1000; using the built-in range");
    }
    Tier.Ratio fallback = readRatio(binder.fallback(path));
    return fallback == null ? Tier.Ratio.ONE : fallback;
  }

  private static Tier.Ratio readRatio(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.asNumber() != null && node.asNumber() > 0 && node.asNumber() <= MAX_RATIO) {
      return new Tier.Ratio(node.asNumber(), node.asNumber());
    }
    if (node.kind() == JsonNode.Kind.ARRAY && node.elements().size() == 2) {
      Double low = node.elements().get(0).asNumber();
      Double high = node.elements().get(1).asNumber();
      if (low != null && high != null && low > 0 && high >= low && high <= MAX_RATIO) {
        return new Tier.Ratio(low, high);
      }
    }
    return null;
  }

  private String model(List<String> base, String part, String needs, Predicate<PriceEntry> usable) {
    return modelAt(path(base, part, "model"), base, part, needs, usable);
  }

  private String modelAt(
      List<String> path,
      List<String> base,
      String part,
      String needs,
      Predicate<PriceEntry> usable) {
    String chosen = pickModel(path, base, part, needs, usable);
    String key = String.join(".", path.subList(2, path.size() - 1));
    if (!path.get(path.size() - 1).equals("model")) {
      key = String.join(".", path.subList(2, path.size()));
    }
    models.put(key, chosen);
    JsonNode node = binder.mergedAt(path);
    if (node != null && node.file() != null && chosen.equals(node.asString())) {
      locations.put(
          key, new ValueLocation(node.file(), node.line(), node.column(), chosen.length() + 2));
    }
    return chosen;
  }

  private String pickModel(
      List<String> path,
      List<String> base,
      String part,
      String needs,
      Predicate<PriceEntry> usable) {
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
