package dev.scenecost.budget.usage.forecast;

/** How far a scene's generation has got, from the ledger and the writer's status note. */
public enum Progress {
  /** Marked {@code [[status: done]]}: what it cost is what it costs. */
  DONE("done"),
  /** Has spend in the ledger but is not marked done. */
  IN_PROGRESS("in progress"),
  /** Nothing spent yet. */
  NOT_STARTED("not started");

  private final String words;

  Progress(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
