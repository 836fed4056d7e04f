package dev.scenecost.lsp.document;

import java.util.Arrays;

/**
 * Line starts of a text, to turn LSP positions (0-based line, UTF-16 column) into offsets and back.
 * Line breaks are CRLF, LF or a lone CR, exactly as the parser counts them.
 */
public final class LineIndex {
  private final String text;
  private final int[] lineStarts;

  public LineIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public int lineCount() {
    return lineStarts.length;
  }

  public String text() {
    return text;
  }

  /** Offset of a position, clamped into the text: a position past the end maps to the end. */
  public int offset(int line, int character) {
    if (line < 0) {
      return 0;
    }
    if (line >= lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[line];
    return start + Math.max(0, Math.min(character, lineLength(line)));
  }

  /** Length of a line without its line break; 0 for a line outside the text. */
  public int lineLength(int line) {
    if (line < 0 || line >= lineStarts.length) {
      return 0;
    }
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    while (end > lineStarts[line] && isBreak(text.charAt(end - 1))) {
      end--;
    }
    return end - lineStarts[line];
  }

  /** The text of a line without its line break; empty for a line outside the text. */
  public String line(int line) {
    if (line < 0 || line >= lineStarts.length) {
      return "";
    }
    return text.substring(lineStarts[line], lineStarts[line] + lineLength(line));
  }

  /** The line an offset falls on. */
  public int lineOf(int offset) {
    int found = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
    return found >= 0 ? found : -found - 2;
  }

  public int characterOf(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    return clamped - lineStarts[lineOf(clamped)];
  }

  /** True when the position names an existing line and a column within it (or at its end). */
  public boolean isInside(int line, int character) {
    return line >= 0 && line < lineStarts.length && character >= 0 && character <= lineLength(line);
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
