package dev.scenecost.budget.json;

import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;

/**
 * Turns Gson's syntax errors ("Unterminated object at line 3 column 4 path $.budget") into what a
 * writer can act on ("Expected ',' or '}' after the value of "budget"; is a comma missing?"), at
 * the character that is wrong.
 */
final class SyntaxErrors {
  private static final String VALUE_KINDS =
      "a value must be a number, \"text\", true, false," + " null, an object {...} or a list [...]";
  private static final String NAME_NEEDED =
      "Expected a name in double quotes, such as"
          + " \"budget\"; check for a trailing comma or a missing quote";

  private SyntaxErrors() {}

  /**
   * @param error what Gson threw
   * @param where where Gson stood when it threw
   */
  static JsonSyntaxException translate(
      IOException error, ReaderLocation where, JsonText text, Expectation expected) {
    String gson = error.getMessage() == null ? "" : error.getMessage();
    int at = text.offsetOf(where);
    if (error instanceof EOFException) {
      return endOfFile(text, expected);
    }
    if (!(error instanceof MalformedJsonException)) {
      return at(text, at, "The settings cannot be read: " + gson);
    }
    // Mistakes inside a text value: Gson stands in the text, past what it has checked.
    if (gson.startsWith("Unterminated string")) {
      return at(text, at, "A text value is not closed; add the missing \"");
    }
    if (gson.startsWith("Unescaped control characters")) {
      int control = at;
      while (control < text.length() && text.charAt(control) >= ' ') {
        control++;
      }
      char c = text.charAt(control);
      return at(
          text,
          control,
          c == '\n' || c == '\r'
              ? "A text value must end with \" on the same line"
              : "A text value holds a tab or another invisible character; write \\t for a tab");
    }
    if (gson.startsWith("Invalid escape sequence")) {
      return at(
          text, at, "Unknown escape \\" + text.charAt(at - 1) + "; write \\\\ for a backslash");
    }
    if (gson.startsWith("Malformed Unicode escape") || gson.startsWith("Unterminated escape")) {
      return at(text, at, "Malformed \\u escape; write four hexadecimal digits");
    }
    return structural(text, expected);
  }

  /** A mistake between values, found again from the last token that was read correctly. */
  private static JsonSyntaxException structural(JsonText text, Expectation expected) {
    int at = text.skipSpace(expected.from());
    char c = text.charAt(at);
    if (expected.context() == Expectation.Context.END) {
      return at(text, at, "Unexpected text after the end of the settings; remove it");
    }
    if (c == ';') {
      return at(text, at, "Separate entries with a comma, not ';'");
    }
    if (expected.separator() != 0 && c != expected.separator()) {
      return missingSeparator(text, at, expected);
    }
    if (c == expected.separator() && c != 0) {
      at = text.skipSpace(at + 1);
      c = text.charAt(at);
    }
    if (expected.context() == Expectation.Context.NAME) {
      return at(
          text,
          at,
          c == '\''
              ? "Write names in double quotes, such as \"budget\", not" + " single quotes"
              : NAME_NEEDED);
    }
    return badValue(text, at);
  }

  private static JsonSyntaxException endOfFile(JsonText text, Expectation expected) {
    char next = text.charAt(text.skipSpace(expected.from()));
    boolean separated = expected.separator() != 0 && next == expected.separator();
    String message;
    if (expected.context() == Expectation.Context.NAME && !separated) {
      message = "The file ends before the closing }; add it";
    } else if (expected.context() == Expectation.Context.ELEMENT
        && !separated
        && expected.separator() != 0) {
      message = "The file ends before the closing ]; add it";
    } else {
      message = "The file ends where a value was expected; is a closing } or ] missing?";
    }
    return at(text, text.length(), message);
  }

  private static JsonSyntaxException missingSeparator(JsonText text, int at, Expectation expected) {
    if (expected.separator() == ':') {
      return at(
          text,
          at,
          text.charAt(at) == '='
              ? "Write ':' after \"" + expected.name() + "\", not '='"
              : "Expected ':' after \"" + expected.name() + "\"");
    }
    return at(
        text,
        at,
        expected.context() == Expectation.Context.NAME
            ? "Expected ',' or '}' after the value of \""
                + expected.name()
                + "\"; is a comma missing?"
            : "Expected ',' or ']' in the list; is a comma missing?");
  }

  private static JsonSyntaxException badValue(JsonText text, int at) {
    char c = text.charAt(at);
    if (c == '\'') {
      return at(text, at, "Text values need double quotes, such as \"hero\", not single quotes");
    }
    if (c == '#') {
      return at(text, at, "Comments start with // or /*, not #");
    }
    if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
      int end = text.endOfNumber(at);
      if (text.charAt(end) == ';') {
        return at(text, end, "Separate entries with a comma, not ';'");
      }
      int word = end;
      while (word < text.length() && " \t\r\n,:]}".indexOf(text.charAt(word)) < 0) {
        word++;
      }
      return at(text, at, "Malformed number " + text.substring(at, word));
    }
    if (c == 't' || c == 'f' || c == 'n') {
      return at(text, at, "Unexpected word; text values need double quotes, such as \"hero\"");
    }
    return at(text, at, "Unexpected character '" + c + "': " + VALUE_KINDS);
  }

  private static JsonSyntaxException at(JsonText text, int offset, String message) {
    ReaderLocation location = text.locationOf(offset);
    return new JsonSyntaxException(message, location.line(), location.column());
  }
}
