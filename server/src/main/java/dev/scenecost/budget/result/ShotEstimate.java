package dev.scenecost.budget.result;

import java.util.List;

/**
 * One shot: the unit of cost and of production. A chunk (action beat or dialogue exchange) becomes
 * one or more shots of equal length.
 *
 * @param number position in the scene, from 1
 * @param type what the shot shows, which sets its ratio
 * @param finishedSeconds seconds of the shot in the cut
 * @param ratio generated seconds per finished second (the tier's range for the type, raised by the
 *     scene's complexity)
 * @param generatedSeconds finished seconds x ratio
 * @param clipSeconds the clip length each generation is billed at (0 when billed per second)
 * @param clips generations, each billed whole
 * @param billedSeconds clips x clip length (the generated seconds when billed per second)
 * @param nativeAudio true when the video model generates the sound and dialogue (priced with audio)
 * @param keyframes start-frame variants plus the end frame, at the tier's keyframe model
 * @param references the assets the shot uses, location first
 * @param prompt the shot's prompt (its text from {@link ShotPrompt#text}): scene context, the
 *     assets by their keys, the beat or the lines
 * @param modalities tokens and money of the shot's parts (video, keyframes, voice, lipsync, fixes,
 *     upscale, text)
 */
public record ShotEstimate(
    int number,
    ShotType type,
    double finishedSeconds,
    double ratio,
    double generatedSeconds,
    double clipSeconds,
    int clips,
    double billedSeconds,
    boolean nativeAudio,
    int keyframes,
    List<ShotReference> references,
    ShotPrompt prompt,
    ModalityCosts modalities) {
  public ShotEstimate {
    references = List.copyOf(references);
  }

  public Cost cost() {
    return modalities.total();
  }

  /**
   * A locked asset a shot uses.
   *
   * @param key stable cache key ({@code character:anna}, {@code location:kitchen})
   * @param isNew true on the first shot of the film that uses it (it is generated for this shot's
   *     scene); false when it comes from the cache
   */
  public record ShotReference(String key, boolean isNew) {}
}
