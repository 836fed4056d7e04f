package dev.scenecost.budget.usage.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a generation produced; the ledger's {@code modality} column, and the unit calibration
 * compares estimate and spend by. Each is one or more of the engine's {@link
 * dev.scenecost.budget.result.Modality parts}: {@link #IMAGES} is keyframes and references together
 * (ledgers written before they were apart say {@code images}, and providers bill both the same
 * way); {@link #OTHER} is spending the estimate has no line for.
 */
public enum Modality {
  VIDEO(dev.scenecost.budget.result.Modality.VIDEO),
  IMAGES(
      dev.scenecost.budget.result.Modality.KEYFRAMES,
      dev.scenecost.budget.result.Modality.REFERENCES),
  VOICE(dev.scenecost.budget.result.Modality.VOICE),
  LIPSYNC(dev.scenecost.budget.result.Modality.LIPSYNC),
  FIXES(dev.scenecost.budget.result.Modality.FIXES),
  UPSCALE(dev.scenecost.budget.result.Modality.UPSCALE),
  MUSIC(dev.scenecost.budget.result.Modality.MUSIC),
  SOUND(dev.scenecost.budget.result.Modality.SOUND),
  TEXT(dev.scenecost.budget.result.Modality.TEXT),
  OTHER();

  /** Words writers and provider exports use for the same thing. */
  private static final Map<String, Modality> SYNONYMS =
      Map.ofEntries(
          Map.entry("video", VIDEO),
          Map.entry("videos", VIDEO),
          Map.entry("clip", VIDEO),
          Map.entry("clips", VIDEO),
          Map.entry("image", IMAGES),
          Map.entry("images", IMAGES),
          Map.entry("keyframe", IMAGES),
          Map.entry("keyframes", IMAGES),
          Map.entry("references", IMAGES),
          Map.entry("reference images", IMAGES),
          Map.entry("reference", IMAGES),
          Map.entry("voice", VOICE),
          Map.entry("audio", VOICE),
          Map.entry("speech", VOICE),
          Map.entry("tts", VOICE),
          Map.entry("lipsync", LIPSYNC),
          Map.entry("lip-sync", LIPSYNC),
          Map.entry("lip sync", LIPSYNC),
          Map.entry("fixes", FIXES),
          Map.entry("fix", FIXES),
          Map.entry("edit", FIXES),
          Map.entry("inpaint", FIXES),
          Map.entry("upscale", UPSCALE),
          Map.entry("upscaling", UPSCALE),
          Map.entry("interpolation", UPSCALE),
          Map.entry("music", MUSIC),
          Map.entry("sound", SOUND),
          Map.entry("sfx", SOUND),
          Map.entry("sound effects", SOUND),
          Map.entry("text", TEXT),
          Map.entry("prompt", TEXT),
          Map.entry("prompts", TEXT),
          Map.entry("llm", TEXT),
          Map.entry("other", OTHER));

  private final List<dev.scenecost.budget.result.Modality> parts;

  Modality(dev.scenecost.budget.result.Modality... parts) {
    this.parts = List.of(parts);
  }

  /** The ledger's modality for a part the engine estimates. */
  public static Modality of(dev.scenecost.budget.result.Modality estimated) {
    for (Modality modality : values()) {
      if (modality.parts.contains(estimated)) {
        return modality;
      }
    }
    throw new IllegalArgumentException("No ledger modality for " + estimated);
  }

  /** The word written in the ledger. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a modality leniently: case and surrounding spaces ignored, common synonyms accepted. */
  public static Optional<Modality> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(SYNONYMS.get(text.trim().toLowerCase(Locale.ROOT)));
  }

  /** The accepted words, for error messages. */
  public static String choices() {
    return "video, images (or keyframes, references), voice, lipsync, fixes, upscale, music,"
        + " sound, text or other";
  }
}
