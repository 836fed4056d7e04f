package dev.scenecost.budget.diff;

import java.util.Locale;

/** What happened to a scene between two drafts. */
public enum ChangeKind {
  /** Only in the new draft. */
  ADDED,
  /** Only in the old draft. */
  CUT,
  /** In both, with another number, place, heading, tier, screen time or cost. */
  CHANGED,
  /** In both, the same as far as the budget goes. */
  UNCHANGED;

  /** The name in JSON and reports: {@code added}, {@code cut}... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
