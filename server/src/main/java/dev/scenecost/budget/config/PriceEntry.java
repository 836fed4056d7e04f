package dev.scenecost.budget.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One model of the price catalog, in US dollars, with LiteLLM's field names so entries can be
 * pasted from its price table (or read from it with {@code priceFiles}). Absent prices are null.
 *
 * @param name catalog key ({@code gemini/veo-3.1-fast-generate-preview})
 * @param mode {@code video}, {@code image}, {@code audio}, {@code text} or {@code training}
 * @param outputCostPerSecond video or audio, per generated second (LiteLLM's last resort for video)
 * @param outputCostPerImage image, per image
 * @param outputCostPerToken per output token (text, or video/image latent tokens)
 * @param inputCostPerToken text, per input token
 * @param cacheReadInputTokenCost text, per cached input token
 * @param inputCostPerCharacter voice, per character of text
 * @param outputTokensPerImage image tokens per image (Scenecost's addition; null means the latent
 *     count at the tier's image size)
 * @param source where the price was published
 * @param date when it was read (YYYY-MM)
 * @param more the other prices: {@code output_cost_per_video_per_second}, {@code
 *     output_cost_per_second_<resolution>} (and Scenecost's {@code _with_audio} variants), {@code
 *     input_cost_per_image}, {@code output_cost_per_image_token}, {@code output_cost_per_pixel},
 *     {@code output_cost_per_run}, {@code gpu_cost_per_hour}, {@code video_seconds_per_gpu_hour},
 *     {@code gpu_utilisation}
 * @param clipSeconds the clip lengths the model generates, each billed whole (empty: billed by the
 *     second)
 * @param deprecationDate the day the provider retires the model (LiteLLM's field), or null
 * @param successor the model to use instead once it is retired, or null
 * @param origin where the entry came from: {@code built-in}, the settings file, or a price file
 */
public record PriceEntry(
    String name,
    String mode,
    Double outputCostPerSecond,
    Double outputCostPerImage,
    Double outputCostPerToken,
    Double inputCostPerToken,
    Double cacheReadInputTokenCost,
    Double inputCostPerCharacter,
    Integer outputTokensPerImage,
    String source,
    String date,
    Map<String, Double> more,
    List<Double> clipSeconds,
    LocalDate deprecationDate,
    String successor,
    String origin) {
  public static final String PER_VIDEO_SECOND = "output_cost_per_video_per_second";
  public static final String PER_SECOND = "output_cost_per_second";
  public static final String WITH_AUDIO = "_with_audio";

  public PriceEntry {
    more = more == null ? Map.of() : Map.copyOf(more);
    clipSeconds = clipSeconds == null ? List.of() : List.copyOf(clipSeconds);
  }

  /** Cached input price, or the full input price when the model has no cache discount. */
  public double cachedInputPerToken() {
    if (cacheReadInputTokenCost != null) {
      return cacheReadInputTokenCost;
    }
    return inputCostPerToken == null ? 0 : inputCostPerToken;
  }

  /** True when the provider has retired the model on or before {@code today}. */
  public boolean retiredOn(LocalDate today) {
    return deprecationDate != null && !deprecationDate.isAfter(today);
  }

  /** One of the other prices by its LiteLLM name, or null. */
  public Double price(String field) {
    return more.get(field);
  }

  /**
   * The price of one generated second of video at a frame height, with or without native audio.
   * Audio first looks for Scenecost's {@code output_cost_per_second_<res>_with_audio} and {@code
   * output_cost_per_second_with_audio}; then LiteLLM's own order: {@code
   * output_cost_per_video_per_second}, {@code output_cost_per_second_<res>}, {@code
   * output_cost_per_second}; last, a self-hosted model's GPU hour divided by the seconds it makes
   * in an hour at its utilisation. Null when the entry prices video by none of these.
   */
  public Double videoPerSecond(int height, boolean audio) {
    List<String> resolutions = resolutionKeys(height);
    if (audio) {
      for (String resolution : resolutions) {
        Double price = more.get(PER_SECOND + "_" + resolution + WITH_AUDIO);
        if (price != null) {
          return price;
        }
      }
      if (more.get(PER_SECOND + WITH_AUDIO) != null) {
        return more.get(PER_SECOND + WITH_AUDIO);
      }
    }
    if (more.get(PER_VIDEO_SECOND) != null) {
      return more.get(PER_VIDEO_SECOND);
    }
    for (String resolution : resolutions) {
      Double price = more.get(PER_SECOND + "_" + resolution);
      if (price != null) {
        return price;
      }
    }
    if (outputCostPerSecond != null) {
      return outputCostPerSecond;
    }
    Double hour = more.get("gpu_cost_per_hour");
    Double made = more.get("video_seconds_per_gpu_hour");
    if (hour != null && made != null && made > 0) {
      Double utilisation = more.get("gpu_utilisation");
      double used = utilisation == null || utilisation <= 0 ? 1 : Math.min(1, utilisation);
      return hour / (made * used);
    }
    return null;
  }

  /**
   * True when the entry states its own price for a frame height: {@code
   * output_cost_per_second_<res>}, or with audio {@code output_cost_per_second_<res>_with_audio} (a
   * plain per-second price may be another resolution's).
   */
  public boolean namesResolutionPrice(int height, boolean audio) {
    for (String resolution : resolutionKeys(height)) {
      if (more.get(PER_SECOND + "_" + resolution + (audio ? WITH_AUDIO : "")) != null) {
        return true;
      }
    }
    return false;
  }

  /** True when the entry prices video by the second in any of the ways above. */
  public boolean pricesVideo() {
    return videoPerSecond(1080, false) != null || outputCostPerToken != null;
  }

  /**
   * The price of one image of {@code width} x {@code height} made of {@code tokens} image tokens:
   * {@code output_cost_per_image}, else {@code input_cost_per_image} (LiteLLM's per-image price on
   * size-prefixed keys), else {@code output_cost_per_image_token} or {@code output_cost_per_token}
   * x tokens, else {@code output_cost_per_pixel} x pixels. Null when none is given.
   */
  public Double imagePrice(int width, int height, long tokens) {
    if (outputCostPerImage != null) {
      return outputCostPerImage;
    }
    if (more.get("input_cost_per_image") != null) {
      return more.get("input_cost_per_image");
    }
    Double perToken =
        more.get("output_cost_per_image_token") != null
            ? more.get("output_cost_per_image_token")
            : outputCostPerToken;
    if (perToken != null) {
      return perToken * tokens;
    }
    Double perPixel = more.get("output_cost_per_pixel");
    return perPixel == null ? null : perPixel * width * height;
  }

  /**
   * The keys a resolution is written under: {@code 1080p}; 4K also as {@code 4k} and {@code 2160p}.
   */
  static List<String> resolutionKeys(int height) {
    if (height >= 2160) {
      return List.of("4k", height + "p", "2160p");
    }
    return List.of(height + "p");
  }

  /**
   * A short text for tables: the plain price per second (or image, character, token, run), with the
   * resolution and audio prices in parentheses: {@code $0.2/s (4k $0.4, with audio $0.4)}.
   */
  public String describePrice() {
    Locale l = Locale.ROOT;
    String variants = variants();
    if (more.get(PER_VIDEO_SECOND) != null) {
      return String.format(l, "$%s/s", trim(more.get(PER_VIDEO_SECOND))) + variants;
    }
    if (outputCostPerSecond != null) {
      return String.format(l, "$%s/s", trim(outputCostPerSecond)) + variants;
    }
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(more).entrySet()) {
      if (e.getKey().startsWith(PER_SECOND + "_")) {
        return String.format(
            l, "$%s/s (%s)", trim(e.getValue()), e.getKey().substring(PER_SECOND.length() + 1));
      }
    }
    if (outputCostPerImage != null) {
      return String.format(l, "$%s/image", trim(outputCostPerImage));
    }
    if (more.get("input_cost_per_image") != null) {
      return String.format(l, "$%s/image", trim(more.get("input_cost_per_image")));
    }
    if (inputCostPerCharacter != null) {
      return String.format(l, "$%s/1M characters", trim(inputCostPerCharacter * 1e6));
    }
    if (more.get("output_cost_per_run") != null) {
      return String.format(l, "$%s/run", trim(more.get("output_cost_per_run")));
    }
    if (more.get("gpu_cost_per_hour") != null) {
      return String.format(l, "$%s/GPU hour", trim(more.get("gpu_cost_per_hour")));
    }
    if (inputCostPerToken != null) {
      return String.format(
          l,
          "$%s / $%s per 1M tokens",
          trim(inputCostPerToken * 1e6),
          trim(orZero(outputCostPerToken) * 1e6));
    }
    if (outputCostPerToken != null) {
      return String.format(l, "$%s/1M tokens", trim(outputCostPerToken * 1e6));
    }
    return "no price";
  }

  private String variants() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(more).entrySet()) {
      if (e.getKey().startsWith(PER_SECOND + "_")) {
        String label = e.getKey().substring(PER_SECOND.length() + 1).replace('_', ' ');
        parts.add(label + " $" + trim(e.getValue()));
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static String trim(double value) {
    return new java.math.BigDecimal(value)
        .round(new java.math.MathContext(6))
        .stripTrailingZeros()
        .toPlainString();
  }

  public static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
