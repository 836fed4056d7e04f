package dev.scenecost.lsp.services;

/** Escapes screenplay text so it shows literally inside Markdown. */
final class Markdown {
  private Markdown() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder result = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if ("\\`*_{}[]()#+-.!|<>".indexOf(c) >= 0) {
        result.append('\\');
      }
      result.append(c == '\n' ? ' ' : c);
    }
    return result.toString();
  }
}
