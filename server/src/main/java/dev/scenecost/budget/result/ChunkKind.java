package dev.scenecost.budget.result;

/** The unit that becomes one generated shot (or run of clips) and one model prompt. */
public enum ChunkKind {
  /** One action paragraph (or centered text; or the heading alone in a scene with no body). */
  ACTION_BEAT("action-beat"),
  /** Consecutive speeches with no action between them. */
  DIALOGUE_EXCHANGE("dialogue-exchange");

  private final String jsonName;

  ChunkKind(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
