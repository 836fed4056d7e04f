package dev.scenecost.budget.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into {@link JsonNode}s that keep their line and column. Strict JSON, except that
 * {@code //} and {@code /* *}{@code /} comments are allowed, because people annotate their
 * price tables. Gson's tree model drops positions, which configuration problems need.
 */
public final class JsonTreeReader {
  private static final int MAX_DEPTH = 64;

  private final String text;
  private final String file;
  private int pos;
  private int line = 1;
  private int lineStart;

  private JsonTreeReader(String text, String file) {
    this.text = text;
    this.file = file;
  }

  /** Parses a whole document; {@code file} is recorded in every node (null for built-ins). */
  public static JsonNode read(String text, String file) throws JsonSyntaxException {
    JsonTreeReader reader = new JsonTreeReader(text, file);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      reader.pos = 1;
      reader.lineStart = 1;
    }
    reader.skipSpace();
    JsonNode root = reader.value(0);
    reader.skipSpace();
    if (reader.pos < text.length()) {
      throw reader.error("Unexpected text after the end of the settings; remove it");
    }
    return root;
  }

  private JsonNode value(int depth) throws JsonSyntaxException {
    if (depth > MAX_DEPTH) {
      throw error("The settings are nested too deeply");
    }
    if (pos >= text.length()) {
      throw error("The file ends where a value was expected; is a closing } or ] missing?");
    }
    int startLine = line;
    int startColumn = pos - lineStart + 1;
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth, startLine, startColumn);
      case '[':
        return array(depth, startLine, startColumn);
      case '"':
        return new JsonNode(JsonNode.Kind.STRING, string(), file, startLine, startColumn);
      case 't':
        literal("true");
        return new JsonNode(JsonNode.Kind.BOOLEAN, Boolean.TRUE, file, startLine, startColumn);
      case 'f':
        literal("false");
        return new JsonNode(JsonNode.Kind.BOOLEAN, Boolean.FALSE, file, startLine, startColumn);
      case 'n':
        literal("null");
        return new JsonNode(JsonNode.Kind.NULL, null, file, startLine, startColumn);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return new JsonNode(JsonNode.Kind.NUMBER, number(), file, startLine, startColumn);
        }
        throw error(
            "Unexpected character '" + c + "': a value must be a number, \"text\", true, false,"
                + " null, an object {...} or a list [...]");
    }
  }

  private JsonNode object(int depth, int startLine, int startColumn) throws JsonSyntaxException {
    pos++;
    Map<String, JsonNode> members = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return JsonNode.object(members, file, startLine, startColumn);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("Expected a name in double quotes, such as \"budget\"; check for a trailing"
            + " comma or a missing quote");
      }
      String key = string();
      skipSpace();
      if (peek() != ':') {
        throw error("Expected ':' after \"" + key + "\"");
      }
      pos++;
      skipSpace();
      members.put(key, value(depth + 1));
      skipSpace();
      char next = peek();
      if (next == ',') {
        pos++;
      } else if (next == '}') {
        pos++;
        return JsonNode.object(members, file, startLine, startColumn);
      } else {
        throw error("Expected ',' or '}' after the value of \"" + key + "\"; is a comma missing?");
      }
    }
  }

  private JsonNode array(int depth, int startLine, int startColumn) throws JsonSyntaxException {
    pos++;
    List<JsonNode> elements = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return new JsonNode(JsonNode.Kind.ARRAY, elements, file, startLine, startColumn);
    }
    while (true) {
      skipSpace();
      elements.add(value(depth + 1));
      skipSpace();
      char next = peek();
      if (next == ',') {
        pos++;
      } else if (next == ']') {
        pos++;
        return new JsonNode(JsonNode.Kind.ARRAY, elements, file, startLine, startColumn);
      } else {
        throw error("Expected ',' or ']' in the list; is a comma missing?");
      }
    }
  }

  private String string() throws JsonSyntaxException {
    pos++;
    StringBuilder out = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\n') {
        pos--;
        throw error("A text value must end with \" on the same line");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char escaped = text.charAt(pos++);
      switch (escaped) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("Incomplete \\u escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException e) {
            throw error("Malformed \\u escape; write four hexadecimal digits");
          }
          pos += 4;
        }
        case '"', '\\', '/' -> out.append(escaped);
        default -> throw error("Unknown escape \\" + escaped + "; write \\\\ for a backslash");
      }
    }
    throw error("A text value is not closed; add the missing \"");
  }

  private Double number() throws JsonSyntaxException {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String digits = text.substring(start, pos);
    try {
      return Double.valueOf(digits);
    } catch (NumberFormatException e) {
      pos = start;
      throw error("Malformed number " + digits);
    }
  }

  private void literal(String word) throws JsonSyntaxException {
    if (!text.startsWith(word, pos)) {
      throw error("Unexpected word; text values need double quotes, such as \"hero\"");
    }
    pos += word.length();
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() throws JsonSyntaxException {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        pos++;
        line++;
        lineStart = pos;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
        int end = text.indexOf("*/", pos + 2);
        if (end < 0) {
          throw error("A /* comment is never closed; add */");
        }
        while (pos < end + 2) {
          if (text.charAt(pos++) == '\n') {
            line++;
            lineStart = pos;
          }
        }
      } else {
        return;
      }
    }
  }

  private JsonSyntaxException error(String message) {
    return new JsonSyntaxException(message, line, pos - lineStart + 1);
  }
}
