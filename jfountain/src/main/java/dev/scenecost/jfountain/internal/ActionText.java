package dev.scenecost.jfountain.internal;

/** The text an action line contributes: indentation kept, a tab counting as four spaces. */
final class ActionText {
  private static final String FOUR_SPACES = "    ";

  private ActionText() {}

  static String indented(Line line) {
    String text = line.text;
    int start = line.contentStart;
    if (start == line.begin) {
      return text.substring(line.begin, line.contentEnd);
    }
    StringBuilder piece = new StringBuilder(line.contentEnd - line.begin + 8);
    for (int i = line.begin; i < start; i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        piece.append(FOUR_SPACES);
      } else {
        piece.append(c);
      }
    }
    return piece.append(text, start, line.contentEnd).toString();
  }
}
