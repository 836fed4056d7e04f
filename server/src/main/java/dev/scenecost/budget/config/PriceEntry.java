package dev.scenecost.budget.config;

/**
 * One model of the price catalog, in US dollars, with LiteLLM's field names so entries can be
 * pasted from its price table. Absent prices are null.
 *
 * @param name catalog key ({@code veo-3.1-fast})
 * @param mode {@code video}, {@code image}, {@code audio} or {@code text}
 * @param outputCostPerSecond video or audio, per generated second
 * @param outputCostPerImage image, per image
 * @param outputCostPerToken per output token (text, or video/image tokens)
 * @param inputCostPerToken text, per input token
 * @param cacheReadInputTokenCost text, per cached input token
 * @param inputCostPerCharacter voice, per character of text
 * @param outputTokensPerImage image tokens per image (Scenecost's addition; null means the latent
 *     count at the tier's image size)
 * @param source where the price was published
 * @param date when it was read (YYYY-MM)
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
    String date) {

  /** Cached input price, or the full input price when the model has no cache discount. */
  public double cachedInputPerToken() {
    if (cacheReadInputTokenCost != null) {
      return cacheReadInputTokenCost;
    }
    return inputCostPerToken == null ? 0 : inputCostPerToken;
  }

  public static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
