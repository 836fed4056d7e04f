package dev.scenecost.budget.result;

/** One scene a character or location appears in, and the tier it is generated at there. */
public record Appearance(int sceneIndex, String tier, boolean onScreen, boolean speaks) {}
