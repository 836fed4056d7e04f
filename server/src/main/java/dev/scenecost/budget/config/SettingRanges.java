package dev.scenecost.budget.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The range every numeric setting of scenecost.json must fall in, in one place: the binders check
 * against it, docs/configuration.md lists it, and the generated tests walk it. A value outside its
 * range is reported with its position and the default applies, so no setting reaches the arithmetic
 * unchecked: a page width below one character made the line counter loop forever, a price of 1e308
 * printed saturated nonsense.
 *
 * <p>Keys are dotted paths; {@code *} stands for the name of a tier, catalog entry or effects
 * category.
 */
public final class SettingRanges {
  /**
   * The largest amount of money Scenecost reads anywhere (a budget, a note, a ledger cost): a
   * trillion in the film's currency, far above any film and far below where a double stops counting
   * cents.
   */
  public static final double MAX_MONEY = 1e12;

  /** The longest screen time a {@code [[duration:]]} note may give one scene: a day. */
  public static final double MAX_SCENE_SECONDS = 24 * 3600;

  /** The highest contingency, in percent. */
  public static final double MAX_CONTINGENCY_PERCENT = 1000;

  /** The highest price of one unit (second, image, token, character) in a catalog entry. */
  public static final double MAX_UNIT_PRICE = 10_000;

  /** An inclusive range; {@code whole} when the setting counts things (characters, frames). */
  public record Range(double min, double max, boolean whole) {
    public boolean contains(double value) {
      return Double.isFinite(value)
          && value >= min
          && value <= max
          && (!whole || value == Math.rint(value));
    }

    /** {@code "a whole number from 10 to 200"}, {@code "a number from 0 to 10"}. */
    public String describe() {
      return (whole ? "a whole number" : "a number") + " from " + plain(min) + " to " + plain(max);
    }

    private static String plain(double value) {
      return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
  }

  private static final Map<String, Range> RANGES = new LinkedHashMap<>();

  static {
    put("exchangeRate", 0.0001, 1_000_000, false);
    put("budget", 0, MAX_MONEY, false);
    put("contingencyPercent", 0, MAX_CONTINGENCY_PERCENT, false);
    put("platformMarkup", 0.01, 100, false);
    put("shots.longestShotSeconds", 1, 3600, false);
    put("shots.effectsWeight", 0, 10, false);
    put("shots.crowdPeople", 1, 1000, true);
    put("page.linesPerPage", 10, 200, true);
    put("page.secondsPerPage", 1, 600, false);
    put("page.actionWidth", 10, 200, true);
    put("page.dialogueWidth", 10, 200, true);
    put("page.parentheticalWidth", 10, 200, true);
    put("page.cueWidth", 10, 200, true);
    put("yield.generationsPerUsableSecond", 1, 100, false);
    put("yield.perExtraCharacter", 0, 10, false);
    put("yield.charactersIncluded", 0, 1000, true);
    put("yield.night", 0, 10, false);
    put("yield.maxComplexityFactor", 1, 100, false);
    put("prompt.descriptionTokens", 0, 100_000, true);
    put("prompt.speechCharactersPerSecond", 1, 100, false);
    put("tiers.*.generationsPerUsableSecond", 1, 100, false);
    put("tiers.*.video.width", 16, 16_384, true);
    put("tiers.*.video.height", 16, 16_384, true);
    put("tiers.*.video.fps", 1, 240, true);
    put("tiers.*.video.maxClipSeconds", 1, 600, false);
    put("tiers.*.images.width", 16, 16_384, true);
    put("tiers.*.images.height", 16, 16_384, true);
    put("tiers.*.images.perCharacter", 0, 100, true);
    put("tiers.*.images.perLocation", 0, 100, true);
    put("tiers.*.voice.takes", 1, 100, true);
    put("tiers.*.text.outputTokensPerPrompt", 0, 100_000, true);
    put("tiers.*.images.attempts", 1, 100, false);
    put("tiers.*.keyframes.variants", 0, 100, true);
    put("tiers.*.lora.runs", 0, 100, true);
    put("tiers.*.lipsync.retakes", 1, 100, false);
    put("tiers.*.fixes.share", 0, 1, false);
    put("tiers.*.upscale.handles", 0, 10, false);
    put("tiers.*.music.takes", 0.01, 100, false);
    put("tiers.*.sound.takes", 0.01, 100, false);
    for (String price :
        List.of(
            "output_cost_per_second",
            "output_cost_per_image",
            "output_cost_per_token",
            "input_cost_per_token",
            "cache_read_input_token_cost",
            "input_cost_per_character",
            "output_cost_per_video_per_second",
            "input_cost_per_image",
            "output_cost_per_image_token",
            "output_cost_per_pixel",
            "output_cost_per_run",
            "gpu_cost_per_hour")) {
      put("catalog.*." + price, 0, MAX_UNIT_PRICE, false);
    }
    put("catalog.*.output_tokens_per_image", 0, 1_000_000, true);
    put("catalog.*.video_seconds_per_gpu_hour", 0.001, 1_000_000, false);
    put("catalog.*.gpu_utilisation", 0.01, 1, false);
    put("effects.*.weight", 0, 10, false);
  }

  private SettingRanges() {}

  private static void put(String key, double min, double max, boolean whole) {
    RANGES.put(key, new Range(min, max, whole));
  }

  /** Every ranged setting, by dotted key with {@code *} for names, in documentation order. */
  public static Map<String, Range> all() {
    return java.util.Collections.unmodifiableMap(RANGES);
  }

  /** The range of the setting at {@code path}, such as {@code [tiers, hero, video, fps]}. */
  public static Optional<Range> of(List<String> path) {
    String key = key(path);
    // A price by resolution (output_cost_per_second_1080p, LiteLLM's own naming) is a price per
    // second like the plain one.
    if (key.startsWith("catalog.*.output_cost_per_second_")) {
      key = "catalog.*.output_cost_per_second";
    }
    return Optional.ofNullable(RANGES.get(key));
  }

  /** The dotted key of a path: the name of a tier, catalog entry or category becomes {@code *}. */
  static String key(List<String> path) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      if (i > 0) {
        key.append('.');
      }
      boolean named = i == 1 && List.of("tiers", "catalog", "effects").contains(path.get(0));
      key.append(named ? "*" : path.get(i));
    }
    return key.toString();
  }
}
