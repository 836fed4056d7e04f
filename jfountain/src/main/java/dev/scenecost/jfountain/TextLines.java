package dev.scenecost.jfountain;

import dev.scenecost.jfountain.internal.WholeText;

/**
 * A text read by whole lines, for {@link FountainParser#reparse}: an editor that keeps its document
 * as lines hands the parser the few lines around an edit instead of the whole text. Line breaks are
 * CRLF, LF or a lone CR, counted as {@link SourcePosition} counts them.
 */
public interface TextLines {
  /** {@return the number of lines; an empty text has one empty line} */
  int lineCount();

  /**
   * The text of lines {@code from} to {@code to - 1}, each with its line break (the last line of
   * the text has none).
   *
   * @param from the first line, from 0
   * @param to the line after the last, at most {@link #lineCount()}
   * @return the lines' text
   */
  String lines(int from, int to);

  /**
   * A whole text as lines, for a caller that holds one string.
   *
   * @param text the text
   * @return the text as lines
   */
  static TextLines of(String text) {
    return new WholeText(text);
  }
}
