package dev.scenecost.budget.result;

/**
 * The scene's location (one per scene, from the heading).
 *
 * @param name upper-case location from the heading ({@code WILL'S BEDROOM})
 * @param timeOfDay time of day from the heading, or null
 * @param interior INT, EXT, INT./EXT. ... as written, or null
 * @param reused true when the location plate comes from the cache
 * @param referenceCost what the location plate costs here: paid when new, saved when reused
 */
public record LocationUse(
    String name, String timeOfDay, String interior, boolean reused, Cost referenceCost) {}
