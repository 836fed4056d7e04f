package dev.scenecost.budget.format;

/** Text that goes into Markdown (reports, diffs) as written, not as formatting. */
public final class Markdown {
  private Markdown() {}

  /** Escapes what Markdown tables and emphasis would read: {@code \ | * _ <}. */
  public static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("<", "&lt;");
  }
}
