package dev.scenecost.budget.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The text being read, with the line/column arithmetic Gson's locations need. Lines end at {@code
 * \n}, columns count UTF-16 characters and a leading byte order mark is not counted, exactly as
 * {@link com.google.gson.stream.JsonReader} counts them.
 */
final class JsonText {
  private final String text;
  private final List<Integer> lineStarts = new ArrayList<>();

  JsonText(String text) {
    this.text = text;
    lineStarts.add(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
  }

  int length() {
    return text.length();
  }

  /** The character at {@code offset}, or 0 past the end. */
  char charAt(int offset) {
    return offset >= 0 && offset < text.length() ? text.charAt(offset) : '\0';
  }

  int offsetOf(ReaderLocation location) {
    int line = Math.min(Math.max(location.line(), 1), lineStarts.size());
    return Math.min(lineStarts.get(line - 1) + location.column() - 1, text.length());
  }

  ReaderLocation locationOf(int offset) {
    int line = lineStarts.size();
    while (line > 1 && lineStarts.get(line - 1) > offset) {
      line--;
    }
    return new ReaderLocation(line, offset - lineStarts.get(line - 1) + 1);
  }

  /** The first offset at or after {@code offset} that is not a space, tab or line break. */
  int skipSpace(int offset) {
    int at = offset;
    while (at < text.length() && " \t\r\n\uFEFF".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  /** The end of the run of number characters starting at {@code offset}. */
  int endOfNumber(int offset) {
    int at = offset;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  String substring(int from, int to) {
    return text.substring(from, to);
  }
}
