package dev.scenecost.budget.usage;

import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.node.Note;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the writer's {@code [[status: done]]} note, which marks a scene as finished: its ledger
 * spend is final and calibrates the estimate of the others. Like the budget notes, one note may
 * hold several {@code key: value} parts separated by {@code ;} or line breaks.
 */
public final class StatusNote {
  public static final String KEY = "status";
  private static final Set<String> FINISHED =
      Set.of("done", "finished", "final", "complete", "completed", "generated");

  private StatusNote() {}

  public static boolean isDone(Scene scene) {
    for (Note note : scene.allNotes()) {
      for (String part : note.text().split("[;\n]")) {
        int colon = part.indexOf(':');
        if (colon > 0
            && part.substring(0, colon).trim().equalsIgnoreCase(KEY)
            && FINISHED.contains(part.substring(colon + 1).trim().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }
}
