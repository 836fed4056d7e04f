package dev.scenecost.budget.report;

import java.util.Locale;
import java.util.Map;

/**
 * The one place the parts of a cost are named for people. A part the engine adds without a label
 * here still shows, under its own name.
 */
final class PartLabels {
  private static final Map<String, String> LABELS =
      Map.of("video", "Video", "images", "Reference images", "voice", "Voice", "text", "Prompts");
  private static final Map<String, String> WORDS =
      Map.of("video", "video", "images", "images", "voice", "voice", "text", "prompts");

  private PartLabels() {}

  static String label(String key) {
    String label = LABELS.get(key);
    if (label != null) {
      return label;
    }
    String spaced = key.replace('_', ' ').replace('-', ' ');
    return spaced.isEmpty()
        ? spaced
        : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }

  static String word(String key) {
    return WORDS.getOrDefault(key, key.replace('_', ' ').replace('-', ' '));
  }
}
