package dev.scenecost.jfountain;

import java.util.Arrays;

/** {@link TextLines} over one string: finds the line starts once. */
final class StringLines implements TextLines {
  private final String text;

  /** The start of each line, and one more entry holding the text's length. */
  private final int[] starts;

  StringLines(String text) {
    this.text = text;
    int[] found = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      } else if (c != '\r' && c != '\n') {
        continue;
      }
      if (count == found.length) {
        found = Arrays.copyOf(found, count * 2);
      }
      found[count++] = i + 1;
    }
    int[] withEnd = Arrays.copyOf(found, count + 1);
    withEnd[count] = text.length();
    this.starts = withEnd;
  }

  @Override
  public int lineCount() {
    return starts.length - 1;
  }

  @Override
  public String lines(int from, int to) {
    return text.substring(starts[from], starts[to]);
  }
}
