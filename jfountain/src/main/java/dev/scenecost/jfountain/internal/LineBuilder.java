package dev.scenecost.jfountain.internal;

import java.util.List;

/** Builds the {@link Line}s of a source, cutting the masks out of the lines they touch. */
final class LineBuilder {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * Shared by every blank line (about half the lines of a screenplay): the rules only ask a blank
   * line its kind, so it needs no object of its own. A line of exactly two spaces is not a plain
   * blank: it becomes an empty line inside dialogue or action and has a range.
   */
  private static final Line BLANK = new Line(-1, "", 0, 0, 0);

  private LineBuilder() {}

  private static boolean isPlainBlank(String source, int start, int end) {
    if (Chars.skipSpaces(source, start, end) != end) {
      return false;
    }
    return !(end - start == 2 && source.charAt(start) == ' ' && source.charAt(start + 1) == ' ');
  }

  /** A byte-order mark is invisible: the rules must not see it, columns must still count it. */
  private static Line withoutByteOrderMark(String source, int end) {
    return new Line(0, source, 1, end, 0);
  }

  static Line[] build(String source, SourceLines sourceLines, List<Mask> masks) {
    return build(source, sourceLines, masks, 0);
  }

  /**
   * The lines of a source that starts at line {@code firstNumber} of a longer text (a reparsed
   * region), numbered as in that text so that every position comes out right.
   */
  static Line[] build(String source, SourceLines sourceLines, List<Mask> masks, int firstNumber) {
    int count = sourceLines.count();
    Line[] lines = new Line[count];
    int next = 0;
    for (int index = 0; index < count; index++) {
      int number = firstNumber + index;
      int start = sourceLines.start(index);
      int end = sourceLines.end(index);
      while (next < masks.size() && masks.get(next).end <= start) {
        next++;
      }
      if (next < masks.size() && masks.get(next).start < Math.max(end, start + 1)) {
        lines[index] = masked(source, number, start, end, masks, next);
      } else if (number == 0 && end > 0 && source.charAt(0) == BYTE_ORDER_MARK) {
        lines[index] = withoutByteOrderMark(source, end);
      } else {
        lines[index] =
            isPlainBlank(source, start, end) ? BLANK : new Line(number, source, start, end, start);
      }
    }
    return lines;
  }

  private static Line masked(
      String source, int number, int start, int end, List<Mask> masks, int first) {
    StringBuilder text = new StringBuilder(end - start);
    int[] columns = new int[end - start];
    int position = start == 0 && end > 0 && source.charAt(0) == BYTE_ORDER_MARK ? 1 : start;
    for (int m = first; m < masks.size(); m++) {
      Mask mask = masks.get(m);
      if (mask.start >= Math.max(end, start + 1)) {
        break;
      }
      if (mask.firstLine < 0) {
        mask.firstLine = number;
      }
      mask.lastLine = number;
      int visibleEnd = Math.min(mask.start, end);
      for (int i = position; i < visibleEnd; i++) {
        columns[text.length()] = i - start;
        text.append(source.charAt(i));
      }
      position = Math.max(position, Math.min(mask.end, end));
      // "He waits [[beat]] and goes" reads "He waits and goes": one space, not two.
      if (text.length() == 0 || Chars.isSpace(text.charAt(text.length() - 1))) {
        while (position < end && Chars.isSpace(source.charAt(position))) {
          position++;
        }
      }
    }
    for (int i = position; i < end; i++) {
      columns[text.length()] = i - start;
      text.append(source.charAt(i));
    }
    return new Line(number, text.toString(), columns, end - start);
  }
}
