package dev.scenecost.budget.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code scenecost fit} weighs (docs/estimation.md, "Fitting the film to its budget").
 *
 * @param quality each tier's quality, a whole number: {@code tiers.NAME.quality}, by default the
 *     tiers ranked as configured (most expensive first): with the four built-in tiers hero 4,
 *     standard 3, background 2, previz 1
 * @param consistencyPenalty what it costs, in the same units as importance x quality, for a
 *     principal character to be generated at more than one tier ({@code fit.consistencyPenalty})
 * @param principalCharacters how many characters count as principal, chosen by on-screen time
 *     ({@code fit.principalCharacters})
 */
public record FitSettings(
    Map<String, Integer> quality, int consistencyPenalty, int principalCharacters) {
  public static final int DEFAULT_PENALTY = 6;
  public static final int DEFAULT_PRINCIPALS = 3;

  /** The largest quality a tier may have, which keeps the optimiser's tables small. */
  public static final int MAX_QUALITY = 100;

  public FitSettings {
    quality = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quality));
  }

  /** The defaults for tiers in this order (most expensive first). */
  public static FitSettings ranked(List<String> tiers) {
    return new FitSettings(rank(tiers), DEFAULT_PENALTY, DEFAULT_PRINCIPALS);
  }

  static Map<String, Integer> rank(List<String> tiers) {
    Map<String, Integer> result = new LinkedHashMap<>();
    for (int i = 0; i < tiers.size(); i++) {
      result.put(tiers.get(i), tiers.size() - i);
    }
    return result;
  }

  /** The tier's quality; 0 for a tier these settings do not know. */
  public int qualityOf(String tier) {
    return quality.getOrDefault(tier, 0);
  }
}
