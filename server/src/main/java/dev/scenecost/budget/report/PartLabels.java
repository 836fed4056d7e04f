package dev.scenecost.budget.report;

import dev.scenecost.budget.result.Modality;
import java.util.Locale;

/**
 * The one place the parts of a cost are named for people: the engine's {@link Modality} labels,
 * plus {@code images} (keyframes and references together). A part without a label still shows,
 * under its own name.
 */
final class PartLabels {
  private PartLabels() {}

  static String label(String key) {
    for (Modality modality : Modality.values()) {
      if (modality.jsonName().equals(key)) {
        return modality.label();
      }
    }
    if (key.equals("images")) {
      return "Images";
    }
    String spaced = key.replace('_', ' ').replace('-', ' ');
    return spaced.isEmpty()
        ? spaced
        : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }

  static String word(String key) {
    return label(key).toLowerCase(Locale.ROOT);
  }
}
