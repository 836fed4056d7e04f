package dev.scenecost.budget.result;

/**
 * What a shot shows, which sets how many seconds are generated for each second kept (the ratio R,
 * per tier). Derived from the chunk: see docs/estimation.md.
 */
public enum ShotType {
  /** Heading-only or scenery-only beats: nobody on screen. */
  ESTABLISHING("establishing", "Establishing / B-roll"),
  /** An action beat with people and no heavy effects. */
  ACTION("action", "Simple action"),
  /** A dialogue exchange, covered in close-ups. */
  DIALOGUE("dialogue", "Dialogue close-up"),
  /** A crowd, a stunt or a visual effect: the hardest to get right. */
  EFFECTS("effects", "Crowd / stunt / effects");

  private final String jsonName;
  private final String label;

  ShotType(String jsonName, String label) {
    this.jsonName = jsonName;
    this.label = label;
  }

  public String jsonName() {
    return jsonName;
  }

  public String label() {
    return label;
  }
}
