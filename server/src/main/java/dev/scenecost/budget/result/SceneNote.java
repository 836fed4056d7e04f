package dev.scenecost.budget.result;

import dev.scenecost.jfountain.SourceRange;

/**
 * A budget annotation found in a scene: {@code [[tier: hero]]}, {@code [[budget: $150]]}, {@code
 * [[duration: 45s]]} or {@code [[importance: high]]}.
 *
 * @param key {@code tier}, {@code budget}, {@code duration} or {@code importance}
 * @param value the value as written
 * @param range the whole note, brackets included (what a quick fix replaces)
 * @param valid false when the value could not be read (a finding says why)
 */
public record SceneNote(String key, String value, SourceRange range, boolean valid) {
  public static final String TIER = "tier";
  public static final String BUDGET = "budget";
  public static final String DURATION = "duration";
  public static final String IMPORTANCE = "importance";
}
