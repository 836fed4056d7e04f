package dev.scenecost.budget.savings;

/** The named savings rules (docs/estimation.md, "Savings the writer can act on"). */
public enum SavingRule {
  /**
   * A scene at a location and time of day seen before opens on an establishing shot with no one in
   * it: the earlier one can be reused instead of generated again.
   */
  REUSE_ESTABLISHING_SHOT("reuse-establishing-shot"),
  /**
   * An action beat with no one on screen and no motion cue can be one generated still with a camera
   * move instead of a generated clip.
   */
  STILL_WITH_CAMERA_MOVE("still-with-camera-move"),
  /**
   * A scene generated above 720p: generating at the video model's 720p price and upscaling the kept
   * seconds costs less than generating at the delivery size.
   */
  GENERATE_LOW_UPSCALE("generate-low-upscale"),
  /**
   * A static dialogue exchange (no effect, at most two people): lip-syncing the lines onto one
   * keyframe costs less than generating the shot.
   */
  LIPSYNC_ON_KEYFRAME("lipsync-on-keyframe");

  private final String id;

  SavingRule(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The code of its hints in the editor: the same identifier. */
  public dev.scenecost.budget.result.FindingCode findingCode() {
    return switch (this) {
      case REUSE_ESTABLISHING_SHOT ->
          dev.scenecost.budget.result.FindingCode.REUSE_ESTABLISHING_SHOT;
      case STILL_WITH_CAMERA_MOVE -> dev.scenecost.budget.result.FindingCode.STILL_WITH_CAMERA_MOVE;
      case GENERATE_LOW_UPSCALE -> dev.scenecost.budget.result.FindingCode.GENERATE_LOW_UPSCALE;
      case LIPSYNC_ON_KEYFRAME -> dev.scenecost.budget.result.FindingCode.LIPSYNC_ON_KEYFRAME;
    };
  }

  public static java.util.Optional<SavingRule> fromId(String id) {
    for (SavingRule rule : values()) {
      if (rule.id.equals(id)) {
        return java.util.Optional.of(rule);
      }
    }
    return java.util.Optional.empty();
  }
}
