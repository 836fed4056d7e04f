package dev.scenecost.budget.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it was written, so configuration problems can name the file,
 * line and column. Lines and columns are 1-based, as editors and compilers print them.
 */
public final class JsonNode {
  /** The kind of JSON value. */
  public enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  private final Kind kind;
  private final Object value;
  private final String file;
  private final int line;
  private final int column;

  JsonNode(Kind kind, Object value, String file, int line, int column) {
    this.kind = kind;
    this.value = value;
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public static JsonNode object(Map<String, JsonNode> members, String file, int line, int column) {
    return new JsonNode(Kind.OBJECT, new LinkedHashMap<>(members), file, line, column);
  }

  public Kind kind() {
    return kind;
  }

  /** The file this value was read from, or null for the built-in defaults. */
  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public boolean isObject() {
    return kind == Kind.OBJECT;
  }

  @SuppressWarnings("unchecked")
  public Map<String, JsonNode> members() {
    return kind == Kind.OBJECT
        ? Collections.unmodifiableMap((Map<String, JsonNode>) value)
        : Map.of();
  }

  @SuppressWarnings("unchecked")
  public List<JsonNode> elements() {
    return kind == Kind.ARRAY ? Collections.unmodifiableList((List<JsonNode>) value) : List.of();
  }

  public JsonNode get(String key) {
    return members().get(key);
  }

  public String asString() {
    return kind == Kind.STRING ? (String) value : null;
  }

  public Double asNumber() {
    return kind == Kind.NUMBER ? (Double) value : null;
  }

  public Boolean asBoolean() {
    return kind == Kind.BOOLEAN ? (Boolean) value : null;
  }

  /** How the value reads in a message: a string in quotes, other values as written. */
  public String describe() {
    return switch (kind) {
        // A pasted novel would make an unreadable message: long text is shown by its start.
      case STRING -> {
        String text = (String) value;
        yield "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
      }
      case NUMBER -> {
        double d = (Double) value;
        boolean whole = d == Math.rint(d) && Math.abs(d) < 1e15;
        yield whole ? Long.toString((long) d) : Double.toString(d);
      }
      case BOOLEAN -> value.toString();
      case NULL -> "null";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
    };
  }

  /**
   * {@code overlay} written over {@code base}: objects merge member by member (recursively);
   * anything else in the overlay replaces the base value.
   */
  public static JsonNode merge(JsonNode base, JsonNode overlay) {
    if (base == null) {
      return overlay;
    }
    if (overlay == null) {
      return base;
    }
    if (base.isObject() && overlay.isObject()) {
      Map<String, JsonNode> merged = new LinkedHashMap<>(base.members());
      overlay.members().forEach((key, node) -> merged.put(key, merge(merged.get(key), node)));
      return object(merged, overlay.file, overlay.line, overlay.column);
    }
    return overlay;
  }
}
