package dev.scenecost.budget.diff;

/** The formats of {@code scenecost diff}. */
public enum DiffFormat {
  /** Aligned columns for a terminal (the default). */
  TABLE,
  /** Short Markdown for a pull request comment or a CI job summary. */
  MD,
  /** The JSON contract (docs/diff-json.md). */
  JSON;

  public String render(DraftDiff diff) {
    return switch (this) {
      case TABLE -> DiffText.table(diff);
      case MD -> DiffText.markdown(diff);
      case JSON -> DiffJson.toJsonString(diff) + "\n";
    };
  }
}
