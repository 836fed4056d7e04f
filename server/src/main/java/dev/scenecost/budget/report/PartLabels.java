package dev.scenecost.budget.report;

import java.util.Locale;
import java.util.Map;

/**
 * The one place the parts of a cost (and the ledger's kinds of spending) are named for people. A
 * part the engine adds without a label here still shows, under its own name.
 */
public final class PartLabels {
  private static final Map<String, String> LABELS =
      Map.of(
          "video",
          "Video",
          "images",
          "Reference images",
          "voice",
          "Voice",
          "text",
          "Prompts",
          "other",
          "Other");
  private static final Map<String, String> WORDS =
      Map.of("video", "video", "images", "images", "voice", "voice", "text", "prompts");
  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "video", "generated shots and clips",
          "images", "character sheets, location plates",
          "voice", "dialogue audio",
          "text", "text model tokens",
          "other", "anything else");

  private PartLabels() {}

  /** What the part is for, in a few words ({@code dialogue audio}); empty when unknown. */
  public static String description(String key) {
    return DESCRIPTIONS.getOrDefault(key, "");
  }

  /** How a heading or a choice names the part: {@code Reference images}. */
  public static String label(String key) {
    String label = LABELS.get(key);
    if (label != null) {
      return label;
    }
    String spaced = key.replace('_', ' ').replace('-', ' ');
    return spaced.isEmpty()
        ? spaced
        : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }

  /** How a sentence names the part: {@code images}. */
  public static String word(String key) {
    return WORDS.getOrDefault(key, key.replace('_', ' ').replace('-', ' '));
  }
}
