package dev.scenecost.budget.config;

/**
 * How many generations a usable second takes, and how scene complexity raises it.
 *
 * @param generationsPerUsableSecond film-wide yield (about 3 from practitioners' reports)
 * @param perExtraCharacter complexity added for each on-screen character beyond {@code
 *     charactersIncluded}
 * @param charactersIncluded on-screen characters a simple scene has
 * @param night complexity added when the heading's time of day says night
 * @param maxComplexityFactor ceiling of the complexity factor
 */
public record YieldSettings(
    double generationsPerUsableSecond,
    double perExtraCharacter,
    int charactersIncluded,
    double night,
    double maxComplexityFactor) {}
