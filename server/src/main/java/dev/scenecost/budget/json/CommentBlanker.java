package dev.scenecost.budget.json;

/**
 * Turns {@code //} and {@code /* *}{@code /} comments into spaces (line breaks kept), so Gson's
 * strict mode can read the rest. Strict mode and not lenient mode, because lenient mode would also
 * quietly accept unquoted text ({@code "defaultTier": hero}), single quotes, {@code ;} and {@code
 * =} separators, {@code [1,,2]} and a second document after the first; writers get a clear error
 * for those instead. Blanking keeps every other character where it was, so Gson's lines and columns
 * stay those of the file.
 */
final class CommentBlanker {
  private CommentBlanker() {}

  static String blank(String text) throws JsonSyntaxException {
    char[] out = text.toCharArray();
    boolean inString = false;
    int i = 0;
    while (i < out.length) {
      char c = out[i];
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"' || c == '\n') {
          inString = false;
        }
        i++;
      } else if (c == '"') {
        inString = true;
        i++;
      } else if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
        while (i < out.length && out[i] != '\n') {
          out[i++] = ' ';
        }
      } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          ReaderLocation at = new JsonText(text).locationOf(i);
          throw new JsonSyntaxException(
              "A /* comment is never closed; add */", at.line(), at.column());
        }
        for (; i < end + 2; i++) {
          if (out[i] != '\n' && out[i] != '\r') {
            out[i] = ' ';
          }
        }
      } else {
        i++;
      }
    }
    return new String(out);
  }
}
