package dev.scenecost.budget.config;

/**
 * How scene complexity raises the ratio of generated to finished seconds within a shot type (the
 * ratios themselves are per tier: {@link Tier.Production#ratios()}).
 *
 * @param perExtraCharacter complexity added for each on-screen character beyond {@code
 *     charactersIncluded}
 * @param charactersIncluded on-screen characters a simple scene has
 * @param night complexity added when the heading's time of day says night
 * @param maxComplexityFactor ceiling of the complexity factor
 */
public record YieldSettings(
    double perExtraCharacter, int charactersIncluded, double night, double maxComplexityFactor) {}
