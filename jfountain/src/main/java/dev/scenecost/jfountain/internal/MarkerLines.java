package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.node.Centered;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Lyrics;
import dev.scenecost.jfountain.node.PageBreak;
import dev.scenecost.jfountain.node.Parenthetical;
import dev.scenecost.jfountain.node.SectionHeading;
import dev.scenecost.jfountain.node.Synopsis;
import dev.scenecost.jfountain.node.Transition;

/** One-line elements recognised by their first (and last) character. */
final class MarkerLines {
  private MarkerLines() {}

  /** Sections {@code #}, synopses {@code =} and page breaks {@code ===}. */
  static boolean isMarker(Line line) {
    char first = line.first();
    if (first == '#') {
      return true;
    }
    return first == '=' && (isPageBreak(line) || !startsWithThreeEquals(line));
  }

  /** The section, synopsis or page break on this line, or null. */
  static Element parse(Line line) {
    char first = line.first();
    if (first == '#') {
      int depth = 0;
      int i = line.contentStart;
      while (i < line.contentEnd && line.text.charAt(i) == '#') {
        depth++;
        i++;
      }
      return new SectionHeading(text(line, i), range(line), Ranges.notes(line), depth);
    }
    if (first != '=') {
      return null;
    }
    if (isPageBreak(line)) {
      return new PageBreak("", range(line), Ranges.notes(line));
    }
    if (startsWithThreeEquals(line)) {
      return null;
    }
    return new Synopsis(text(line, line.contentStart + 1), range(line), Ranges.notes(line));
  }

  static Lyrics lyrics(Line line) {
    return new Lyrics(text(line, line.contentStart + 1), range(line), Ranges.notes(line));
  }

  /** {@code >text<} is centered; {@code >text} is a forced transition. */
  static Element centeredOrTransition(Line line) {
    int end = line.contentEnd;
    if (end - line.contentStart >= 2 && line.last() == '<') {
      int from = Chars.skipSpaces(line.text, line.contentStart + 1, end - 1);
      int to = Chars.trimEnd(line.text, from, end - 1);
      return new Centered(line.text.substring(from, to), range(line), Ranges.notes(line));
    }
    return new Transition(text(line, line.contentStart + 1), range(line), Ranges.notes(line), true);
  }

  static Parenthetical parenthetical(Line line) {
    return new Parenthetical(line.trimmed(), range(line), Ranges.notes(line));
  }

  private static boolean isPageBreak(Line line) {
    if (line.contentEnd - line.contentStart < 3) {
      return false;
    }
    for (int i = line.contentStart; i < line.contentEnd; i++) {
      if (line.text.charAt(i) != '=') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithThreeEquals(Line line) {
    return line.contentEnd - line.contentStart >= 3
        && line.text.startsWith("===", line.contentStart);
  }

  private static String text(Line line, int from) {
    int start = Chars.skipSpaces(line.text, from, line.contentEnd);
    return line.text.substring(start, line.contentEnd);
  }

  private static dev.scenecost.jfountain.SourceRange range(Line line) {
    return Ranges.ofLine(line, line.contentStart, line.contentEnd);
  }
}
