package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.SourcePosition;
import java.util.Arrays;

/**
 * Where each line of the source starts and ends. Line breaks are CRLF, LF or a lone CR, as the
 * Language Server Protocol counts them; a column is an offset in UTF-16 units within its line.
 */
final class SourceLines {
  private static final char[] REPORTED_CONTROLS = {0x00, 0x08, 0x1A, 0x1B, 0x7F};

  private int[] starts;
  private int[] ends;
  private int count;
  private int controlCharacters;
  private int firstControlCharacter = -1;

  private SourceLines(int expectedLines) {
    starts = new int[expectedLines];
    ends = new int[expectedLines];
  }

  /**
   * Splits with {@link String#indexOf(int, int)}, which the JVM runs as a vector search: a
   * char-by-char loop with a branch per char is several times slower on prose.
   */
  static SourceLines split(String source) {
    int length = source.length();
    // Screenplay lines average 30-odd chars: this rarely needs to grow.
    SourceLines lines = new SourceLines(Math.max(16, length / 24));
    int lineStart = 0;
    int nextLf = source.indexOf('\n');
    int nextCr = source.indexOf('\r');
    while (nextLf >= 0 || nextCr >= 0) {
      int lineEnd;
      int breakLength;
      if (nextCr < 0 || (nextLf >= 0 && nextLf < nextCr)) {
        lineEnd = nextLf;
        breakLength = 1;
      } else {
        lineEnd = nextCr;
        breakLength = nextLf == nextCr + 1 ? 2 : 1;
      }
      lines.add(lineStart, lineEnd);
      lineStart = lineEnd + breakLength;
      if (nextLf >= 0 && nextLf < lineStart) {
        nextLf = source.indexOf('\n', lineStart);
      }
      if (nextCr >= 0 && nextCr < lineStart) {
        nextCr = source.indexOf('\r', lineStart);
      }
    }
    lines.add(lineStart, length);
    lines.countControlCharacters(source);
    return lines;
  }

  private void add(int start, int end) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  /**
   * Counts the invisible characters that damaged or badly converted files really contain: NUL (a
   * UTF-16 file read as UTF-8, a crash mid-save), backspace, SUB (the old DOS end-of-file mark),
   * ESC and DEL. Other control characters are kept without a word. One vectorised {@link
   * String#indexOf(int)} per character costs far less than looking at every char.
   */
  private void countControlCharacters(String source) {
    for (char control : REPORTED_CONTROLS) {
      int at = source.indexOf(control);
      if (at < 0) {
        continue;
      }
      if (firstControlCharacter < 0 || at < firstControlCharacter) {
        firstControlCharacter = at;
      }
      for (; at >= 0; at = source.indexOf(control, at + 1)) {
        controlCharacters++;
      }
    }
  }

  int count() {
    return count;
  }

  int start(int line) {
    return starts[line];
  }

  /** Offset of the line's break (or of the end of the source), so the break is excluded. */
  int end(int line) {
    return ends[line];
  }

  /** The line holding {@code offset}; an offset on a line break belongs to the line it ends. */
  int lineOf(int offset) {
    int low = 0;
    int high = count - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  SourcePosition position(int offset) {
    int line = lineOf(offset);
    return new SourcePosition(line, Math.min(offset, ends[line]) - starts[line]);
  }

  /** How many NUL, backspace, SUB, ESC and DEL characters the source holds. */
  int controlCharacters() {
    return controlCharacters;
  }

  int firstControlCharacter() {
    return firstControlCharacter;
  }
}
