package dev.scenecost.budget.estimate;

/**
 * Counts printed lines of text at a column width, wrapping at spaces the way screenplay formatters
 * do: a word that does not fit moves to the next line; a word longer than the width is cut. Every
 * line of the text counts at least once, so an empty line is one line.
 */
public final class LineCounter {
  private LineCounter() {}

  public static int lines(String text, int width) {
    // Settings keep widths at 10 or more; a width below 1 would never fit a character and loop.
    width = Math.max(1, width);
    int total = 0;
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      total += wrappedLines(text, start, end < 0 ? text.length() : end, width);
      if (end < 0) {
        return total;
      }
      start = end + 1;
    }
  }

  private static int wrappedLines(String text, int from, int to, int width) {
    int lines = 1;
    int used = 0;
    int i = from;
    while (i < to) {
      int spaceEnd = i;
      while (spaceEnd < to && text.charAt(spaceEnd) == ' ') {
        spaceEnd++;
      }
      int wordEnd = spaceEnd;
      while (wordEnd < to && text.charAt(wordEnd) != ' ') {
        wordEnd++;
      }
      int spaces = spaceEnd - i;
      int word = wordEnd - spaceEnd;
      if (word == 0) {
        break;
      }
      if (used > 0 && used + spaces + word > width) {
        lines++;
        used = 0;
        spaces = 0;
      }
      used += spaces;
      while (used + word > width) {
        int fits = width - used;
        word -= fits;
        lines++;
        used = 0;
      }
      used += word;
      i = wordEnd;
    }
    return lines;
  }
}
