package dev.scenecost.jfountain.internal;

/** Character tests shared by the recognisers; hand-written so the hot path needs no regex. */
final class Chars {
  private Chars() {}

  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\t' || c == '\f' || c == 0x0B;
    }
    return c == 0xA0 || (c >= 0x1680 && Character.isSpaceChar(c));
  }

  static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Index of the first non-space character at or after {@code from}, or {@code to}. */
  static int skipSpaces(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index just after the last non-space character before {@code to}, or {@code from}. */
  static int trimEnd(CharSequence text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  static String trim(String text) {
    int start = skipSpaces(text, 0, text.length());
    int end = trimEnd(text, start, text.length());
    return text.substring(start, end);
  }

  /**
   * True when every letter in the range is upper case and there is at least one. Letters with no
   * case (Hebrew, CJK, ...) do not count as upper case, so such names need {@code @}.
   */
  static boolean isUpperCaseWithLetter(CharSequence text, int from, int to) {
    boolean sawLetter = false;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z') {
          return false;
        }
        if (c >= 'A' && c <= 'Z') {
          sawLetter = true;
        }
        i++;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      if (Character.isLetter(cp)) {
        if (!Character.isUpperCase(cp) && !Character.isTitleCase(cp)) {
          return false;
        }
        sawLetter = true;
      }
      i += Character.charCount(cp);
    }
    return sawLetter;
  }

  /** Index of {@code c} in {@code [from, to)}, or -1: never looks past {@code to}. */
  static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  static boolean startsWithIgnoreCase(CharSequence text, int at, int to, String prefix) {
    if (to - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = text.charAt(at + i);
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - 32);
      }
      if (c != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
