package dev.scenecost.budget.edit;

import dev.scenecost.jfountain.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies non-overlapping changes to a text whose lines end in CRLF, LF or a lone CR. */
public final class TextChanges {
  private TextChanges() {}

  /** The text with every change applied; changes must not overlap. */
  public static String apply(String text, List<TextChange> changes) {
    int[] lineStarts = lineStarts(text);
    List<TextChange> sorted = new ArrayList<>(changes);
    // From the end backwards, so earlier offsets stay valid.
    sorted.sort(
        Comparator.comparing((TextChange c) -> c.range().start())
            .thenComparing(c -> c.range().end())
            .reversed());
    StringBuilder result = new StringBuilder(text);
    int previousStart = Integer.MAX_VALUE;
    for (TextChange change : sorted) {
      int start = offset(text, lineStarts, change.range().start());
      int end = offset(text, lineStarts, change.range().end());
      if (end < start || end > previousStart) {
        throw new IllegalArgumentException("Overlapping or inverted changes at " + change.range());
      }
      result.replace(start, end, change.replacement());
      previousStart = start;
    }
    return result.toString();
  }

  /** The text of one line, without its line break; empty past the end. */
  public static String line(String text, int line) {
    int[] starts = lineStarts(text);
    if (line < 0 || line >= starts.length) {
      return "";
    }
    int end = line + 1 < starts.length ? starts[line + 1] : text.length();
    while (end > starts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(starts[line], end);
  }

  static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        starts.add(i + 1);
      } else if (c == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int offset(String text, int[] lineStarts, SourcePosition position) {
    if (position.line() >= lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[position.line()];
    int lineEnd =
        position.line() + 1 < lineStarts.length ? lineStarts[position.line() + 1] : text.length();
    return Math.min(start + position.character(), lineEnd);
  }
}
