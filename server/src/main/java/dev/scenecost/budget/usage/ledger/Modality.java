package dev.scenecost.budget.usage.ledger;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a generation produced; the ledger's {@code modality} column. The engine's four {@link
 * dev.scenecost.budget.result.Modality modalities}, under the same words, plus {@link #OTHER} for
 * spending the estimate has no line for (music, upscaling...).
 */
public enum Modality {
  VIDEO(dev.scenecost.budget.result.Modality.VIDEO),
  IMAGES(dev.scenecost.budget.result.Modality.IMAGES),
  VOICE(dev.scenecost.budget.result.Modality.VOICE),
  TEXT(dev.scenecost.budget.result.Modality.TEXT),
  OTHER(null);

  /** Words writers and provider exports use for the same thing. */
  private static final Map<String, Modality> SYNONYMS =
      Map.ofEntries(
          Map.entry("video", VIDEO),
          Map.entry("videos", VIDEO),
          Map.entry("clip", VIDEO),
          Map.entry("clips", VIDEO),
          Map.entry("image", IMAGES),
          Map.entry("images", IMAGES),
          Map.entry("reference images", IMAGES),
          Map.entry("reference", IMAGES),
          Map.entry("voice", VOICE),
          Map.entry("audio", VOICE),
          Map.entry("speech", VOICE),
          Map.entry("tts", VOICE),
          Map.entry("text", TEXT),
          Map.entry("prompt", TEXT),
          Map.entry("prompts", TEXT),
          Map.entry("llm", TEXT),
          Map.entry("other", OTHER),
          Map.entry("music", OTHER));

  private final dev.scenecost.budget.result.Modality estimated;

  Modality(dev.scenecost.budget.result.Modality estimated) {
    this.estimated = estimated;
  }

  /** The ledger's modality for one the engine estimates. */
  public static Modality of(dev.scenecost.budget.result.Modality estimated) {
    for (Modality modality : values()) {
      if (modality.estimated == estimated) {
        return modality;
      }
    }
    throw new IllegalArgumentException("No ledger modality for " + estimated);
  }

  /** The word written in the ledger: the engine's word, or "other". */
  public String word() {
    return estimated == null ? "other" : estimated.jsonName();
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
    return "video, images, voice, text or other";
  }
}
