package dev.scenecost.budget.result;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/**
 * Something the budget plan found, worded for a line producer.
 *
 * @param code stable identifier
 * @param severity how serious
 * @param message what is wrong and what to do
 * @param sceneIndex the scene concerned, or null for film-wide findings
 * @param range what to underline: the note for note problems, the heading for scene problems, the
 *     {@code Budget:} title entry for film problems (null when the film has no title page entry;
 *     editors then use the first line)
 * @param related other places concerned
 * @param suggestions replacement values for a quick fix (closest tier names for UNKNOWN_TIER,
 *     cheaper tiers that fit for SCENE_OVER_ALLOCATION), best first; may be empty
 * @param settingsEdit the fix in a settings file (the successor of a retired model), or null
 */
public record Finding(
    FindingCode code,
    Severity severity,
    String message,
    Integer sceneIndex,
    SourceRange range,
    List<RelatedRange> related,
    List<String> suggestions,
    SettingsEdit settingsEdit) {
  public Finding {
    related = List.copyOf(related);
    suggestions = List.copyOf(suggestions);
  }

  /** A finding fixed in the screenplay (or not at all). */
  public Finding(
      FindingCode code,
      Severity severity,
      String message,
      Integer sceneIndex,
      SourceRange range,
      List<RelatedRange> related,
      List<String> suggestions) {
    this(code, severity, message, sceneIndex, range, related, suggestions, null);
  }
}
