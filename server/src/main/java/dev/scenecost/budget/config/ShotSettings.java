package dev.scenecost.budget.config;

/**
 * How chunks become shots.
 *
 * @param longestShotSeconds a chunk longer than this is cut into equal shots no longer than it
 * @param effectsWeight an action beat holding a word of an effects category this heavy or heavier
 *     (stunts, crowd, fire, visual effects by default) is a crowd / stunt / effects shot
 * @param crowdPeople an action beat naming this many characters or more is a crowd shot
 */
public record ShotSettings(double longestShotSeconds, double effectsWeight, int crowdPeople) {}
