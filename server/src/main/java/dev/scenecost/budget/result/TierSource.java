package dev.scenecost.budget.result;

/** Where a scene's tier came from. */
public enum TierSource {
  /** A {@code [[tier: name]]} note in the scene. */
  NOTE,
  /** The film's default tier (config, or {@code --tier}). */
  DEFAULT
}
