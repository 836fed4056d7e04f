package dev.scenecost.budget.report;

import dev.scenecost.budget.result.Modality;
import java.util.Locale;
import java.util.Map;

/**
 * The one place the parts of a cost (and the ledger's kinds of spending) are named for people: the
 * engine's {@link Modality} labels, plus {@code images} (keyframes and references together, as
 * older ledgers write them) and {@code other}. A part without a label still shows, under its own
 * name.
 */
public final class PartLabels {
  private static final Map<String, String> EXTRA_LABELS =
      Map.of("images", "Images", "other", "Other");
  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry("video", "generated shots and clips"),
          Map.entry("keyframes", "start and end frames of each shot"),
          Map.entry("references", "character sheets, location plates, LoRAs"),
          Map.entry("images", "keyframes, character sheets, location plates"),
          Map.entry("voice", "dialogue audio"),
          Map.entry("lipsync", "lip-sync of dialogue shots"),
          Map.entry("fixes", "edit, extend and inpaint passes"),
          Map.entry("upscale", "upscaling the kept footage"),
          Map.entry("music", "score"),
          Map.entry("sound", "sound effects and ambience"),
          Map.entry("text", "text model tokens"),
          Map.entry("other", "anything else"));

  private PartLabels() {}

  /** What the part is for, in a few words ({@code dialogue audio}); empty when unknown. */
  public static String description(String key) {
    return DESCRIPTIONS.getOrDefault(key, "");
  }

  /** How a heading or a choice names the part: {@code References}. */
  public static String label(String key) {
    for (Modality modality : Modality.values()) {
      if (modality.jsonName().equals(key)) {
        return modality.label();
      }
    }
    String extra = EXTRA_LABELS.get(key);
    if (extra != null) {
      return extra;
    }
    String spaced = key.replace('_', ' ').replace('-', ' ');
    return spaced.isEmpty()
        ? spaced
        : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }

  /** How a sentence names the part: {@code references}. */
  public static String word(String key) {
    return label(key).toLowerCase(Locale.ROOT);
  }
}
