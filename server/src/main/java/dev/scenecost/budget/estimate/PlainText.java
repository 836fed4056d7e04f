package dev.scenecost.budget.estimate;

/** Text as it prints: emphasis markers ({@code * _}) and their escaping backslashes removed. */
final class PlainText {
  private PlainText() {}

  static String of(String text) {
    if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "*_\\".indexOf(text.charAt(i + 1)) >= 0) {
        out.append(text.charAt(++i));
      } else if (c != '*' && c != '_') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
