package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.node.SceneHeading;

/**
 * Scene headings: {@code INT}, {@code EXT}, {@code EST}, {@code INT./EXT}, {@code INT/EXT} or
 * {@code I/E} followed by a dot or a space, any case; or forced with a leading dot followed by a
 * letter or digit. An optional scene number {@code #1A#} ends the line.
 */
final class SceneHeadingRule {
  // Longest first, so INT./EXT is not read as INT followed by "./EXT"; split by first letter.
  private static final String[] I_PREFIXES = {"INT./EXT", "INT/EXT", "INT", "I/E"};
  private static final String[] E_PREFIXES = {"EXT", "EST"};

  private SceneHeadingRule() {}

  /** Length of the prefix as written (its dot included) at {@code from}, or -1. */
  static int prefixLength(CharSequence text, int from, int to) {
    char first = from < to ? text.charAt(from) : ' ';
    String[] prefixes;
    if (first == 'I' || first == 'i') {
      prefixes = I_PREFIXES;
    } else if (first == 'E' || first == 'e') {
      prefixes = E_PREFIXES;
    } else {
      return -1;
    }
    for (String prefix : prefixes) {
      if (Chars.startsWithIgnoreCase(text, from, to, prefix)) {
        int after = from + prefix.length();
        if (after < to) {
          char c = text.charAt(after);
          if (c == '.') {
            return prefix.length() + 1;
          }
          if (Chars.isSpace(c)) {
            return prefix.length();
          }
        }
        return -1;
      }
    }
    return -1;
  }

  static boolean isStandard(Line line) {
    return prefixLength(line.text, line.contentStart, line.contentEnd) >= 0;
  }

  /** A dot followed by a letter or digit; {@code ...} and {@code . X} are not headings. */
  static boolean isForced(Line line) {
    if (line.first() != '.' || line.contentEnd - line.contentStart < 2) {
      return false;
    }
    return Character.isLetterOrDigit(Character.codePointAt(line.text, line.contentStart + 1));
  }

  static SceneHeading build(Line line, boolean forced) {
    String text = line.text;
    int start = line.contentStart + (forced ? 1 : 0);
    int end = line.contentEnd;
    String number = null;
    int numberStart = sceneNumberStart(text, start, end);
    if (numberStart >= 0) {
      number = text.substring(numberStart + 1, end - 1);
      end = Chars.trimEnd(text, start, numberStart);
    }
    String heading = text.substring(start, end);
    int prefixLength = prefixLength(text, start, end);
    String prefix = prefixLength >= 0 ? text.substring(start, start + prefixLength) : null;
    String place = Chars.trim(heading.substring(Math.max(prefixLength, 0)));
    String location = place;
    String timeOfDay = null;
    int dash = place.lastIndexOf(" - ");
    if (dash >= 0) {
      location = Chars.trim(place.substring(0, dash));
      timeOfDay = Chars.trim(place.substring(dash + 3));
    }
    return new SceneHeading(
        heading,
        Ranges.ofLine(line, line.contentStart, line.contentEnd),
        Ranges.notes(line),
        forced,
        number,
        prefix,
        location,
        timeOfDay);
  }

  /** Offset of the opening {@code #} of a scene number ending the text, or -1. */
  private static int sceneNumberStart(String text, int from, int to) {
    if (to - from < 3 || text.charAt(to - 1) != '#') {
      return -1;
    }
    for (int i = to - 2; i > from; i--) {
      char c = text.charAt(i);
      if (c == '#') {
        return i < to - 2 ? i : -1;
      }
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.')) {
        return -1;
      }
    }
    return -1;
  }
}
