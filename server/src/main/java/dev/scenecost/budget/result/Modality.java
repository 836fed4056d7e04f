package dev.scenecost.budget.result;

/**
 * The parts of the bill, each priced by its own rule and catalog entry (docs/estimation.md).
 * Keyframes and references together are the {@code images} of earlier reports and ledgers.
 */
public enum Modality {
  /** Video clips from the tier's video model, every generation billed whole. */
  VIDEO("video", "Video"),
  /** Start (and end) frames of every shot from the tier's keyframe model. */
  KEYFRAMES("keyframes", "Keyframes"),
  /** Asset locking: character sheets, location plates, LoRAs; paid once for the film. */
  REFERENCES("references", "References"),
  /** Dialogue from the tier's voice (TTS) model, when the video model does not speak. */
  VOICE("voice", "Voice"),
  /** Lip-sync of the voice onto dialogue shots. */
  LIPSYNC("lipsync", "Lip-sync"),
  /** Edit, extend or inpaint passes on a share of the shots. */
  FIXES("fixes", "Fixes"),
  /** Upscaling and interpolation of the kept footage plus handles. */
  UPSCALE("upscale", "Upscale"),
  /** Score, per finished minute. */
  MUSIC("music", "Music"),
  /** Sound effects and ambience, per finished minute. */
  SOUND("sound", "Sound"),
  /** Shot prompts written by the tier's text model. */
  TEXT("text", "Prompts");

  private final String jsonName;
  private final String label;

  Modality(String jsonName, String label) {
    this.jsonName = jsonName;
    this.label = label;
  }

  /** The part's name in the JSON report and the ledger. */
  public String jsonName() {
    return jsonName;
  }

  /** How hovers and tables name the part. */
  public String label() {
    return label;
  }
}
