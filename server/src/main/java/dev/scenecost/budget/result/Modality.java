package dev.scenecost.budget.result;

/** What is generated, each billed by its own model. */
public enum Modality {
  /** Video clips from the tier's video model. */
  VIDEO("video"),
  /** Character sheets and location plates from the tier's image model. */
  IMAGES("images"),
  /** Dialogue audio from the tier's voice model. */
  VOICE("voice"),
  /** Shot prompts written by the tier's text model. */
  TEXT("text");

  private final String jsonName;

  Modality(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
