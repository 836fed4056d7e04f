package dev.scenecost.budget.usage.ledger;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a generation produced; the ledger's {@code modality} column. */
public enum Modality {
  VIDEO("video"),
  IMAGES("images"),
  VOICE("voice"),
  TEXT("text"),
  OTHER("other");

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

  private final String word;

  Modality(String word) {
    this.word = word;
  }

  /** The word written in the ledger. */
  public String word() {
    return word;
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
