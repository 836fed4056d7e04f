package dev.scenecost.budget.estimate;

import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;

/**
 * Maps an offset in an element's text back to the source. Exact for text that starts where the
 * element starts and keeps its lines; the parser removes forcing characters and inline notes, so a
 * word after an inline note on the same line is placed a little early.
 */
final class TextPositions {
  private TextPositions() {}

  static SourceRange range(SourceRange element, int leadingSkip, String text, int from, int to) {
    return new SourceRange(
        position(element, leadingSkip, text, from), position(element, leadingSkip, text, to));
  }

  private static SourcePosition position(
      SourceRange element, int leadingSkip, String text, int offset) {
    int line = element.start().line();
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = offset - lineStart;
    if (line == element.start().line()) {
      column += element.start().character() + leadingSkip;
    }
    return new SourcePosition(line, column);
  }
}
