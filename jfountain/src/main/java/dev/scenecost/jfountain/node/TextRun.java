package dev.scenecost.jfountain.node;

/** A run of text with one emphasis style; markers and escaping backslashes removed. */
public record TextRun(String text, boolean bold, boolean italic, boolean underline) {
  /**
   * {@return a run of text without emphasis}
   *
   * @param text the text
   */
  public static TextRun plain(String text) {
    return new TextRun(text, false, false, false);
  }
}
