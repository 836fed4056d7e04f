package dev.scenecost.budget.result;

/** Stable identifiers of findings; editors key diagnostics and quick fixes on them. */
public enum FindingCode {
  /** A scene's estimate exceeds its allocation (warning, on the heading). */
  SCENE_OVER_ALLOCATION("scene-over-allocation"),
  /** The running total exceeds the budget in this scene (error, on the heading). */
  BUDGET_EXHAUSTED("budget-exhausted"),
  /** The film's cost with contingency exceeds its budget (error, on the Budget: entry). */
  FILM_OVER_BUDGET("film-over-budget"),
  /** Explicit scene budgets add up to more than the film can spend (warning). */
  SCENE_BUDGETS_EXCEED_FILM("scene-budgets-exceed-film"),
  /** A recurring character is generated at different tiers (information, consistency risk). */
  CHARACTER_TIER_INCONSISTENT("character-tier-inconsistent"),
  /** A {@code [[tier: x]]} names a tier the project does not define (error, on the note). */
  UNKNOWN_TIER("unknown-tier"),
  /** A budget, duration, importance or tier note that cannot be read (warning, on the note). */
  MALFORMED_NOTE("malformed-note"),
  /** A Budget: or Contingency: title-page value that cannot be read (warning, on the entry). */
  MALFORMED_TITLE_ENTRY("malformed-title-entry"),
  /**
   * Action or dialogue before the first scene heading, which belongs to no scene and so is not
   * estimated (information, on its first element).
   */
  TEXT_BEFORE_FIRST_SCENE("text-before-first-scene"),
  /**
   * A tier names a model its provider has retired (warning, film-wide), with the successor to use
   * and a fix in scenecost.json when the name is written there.
   */
  RETIRED_MODEL("retired-model"),
  /** A scene could reuse an earlier establishing shot (hint, on the opening beat). */
  REUSE_ESTABLISHING_SHOT("reuse-establishing-shot"),
  /** A beat could be a still with a camera move (hint, on the beat). */
  STILL_WITH_CAMERA_MOVE("still-with-camera-move"),
  /** A scene could be generated at 720p and upscaled (hint, on the scene heading). */
  GENERATE_LOW_UPSCALE("generate-low-upscale"),
  /** A static dialogue exchange could be lip-synced on a keyframe (hint, on the exchange). */
  LIPSYNC_ON_KEYFRAME("lipsync-on-keyframe");

  private final String id;

  FindingCode(String id) {
    this.id = id;
  }

  /** The kebab-case identifier used in JSON and as the diagnostic code. */
  public String id() {
    return id;
  }
}
