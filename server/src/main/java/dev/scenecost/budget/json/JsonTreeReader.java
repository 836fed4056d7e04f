package dev.scenecost.budget.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into {@link JsonNode}s that keep their line and column, with Gson's streaming {@link
 * JsonReader} doing the reading: Gson's tree model drops positions, which configuration problems
 * need. Strict JSON, except that {@code //} and {@code /* *}{@code /} comments are allowed, because
 * people annotate their price tables (see {@link CommentBlanker}).
 */
public final class JsonTreeReader {
  private static final int MAX_DEPTH = 64;

  private final JsonReader reader;
  private final JsonText text;
  private final String file;
  private Expectation expected;

  private JsonTreeReader(String text, String file) {
    this.text = new JsonText(text);
    this.file = file;
    this.reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
  }

  /** Parses a whole document; {@code file} is recorded in every node (null for built-ins). */
  public static JsonNode read(String text, String file) throws JsonSyntaxException {
    JsonTreeReader tree = new JsonTreeReader(CommentBlanker.blank(text), file);
    try {
      tree.expect(Expectation.Context.VALUE, (char) 0, null);
      JsonNode root = tree.value(0);
      tree.expect(Expectation.Context.END, (char) 0, null);
      if (tree.reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IllegalStateException("Gson's strict mode let a second document through");
      }
      return root;
    } catch (IOException e) {
      throw SyntaxErrors.translate(e, ReaderLocation.of(tree.reader), tree.text, tree.expected);
    }
  }

  /**
   * Reads the value Gson is at. Its start: after {@code peek()} Gson stands just past the
   * opening {@code {}, {@code [} or {@code "}; after reading a number, true, false or null it
   * stands just past the word, whose written length is known.
   */
  private JsonNode value(int depth) throws IOException, JsonSyntaxException {
    JsonToken token = reader.peek();
    switch (token) {
      case BEGIN_OBJECT:
        return object(depth, nested(depth, ReaderLocation.of(reader).back(1)));
      case BEGIN_ARRAY:
        return array(depth, nested(depth, ReaderLocation.of(reader).back(1)));
      case STRING:
        {
          ReaderLocation start = ReaderLocation.of(reader).back(1);
          return scalar(depth, JsonNode.Kind.STRING, reader.nextString(), start);
        }
      case NUMBER:
        {
          String written = reader.nextString();
          ReaderLocation start = ReaderLocation.of(reader).back(written.length());
          double number = Double.parseDouble(written);
          if (Double.isInfinite(number)) {
            throw new JsonSyntaxException(
                "The number " + written + " is too large", start.line(), start.column());
          }
          return scalar(depth, JsonNode.Kind.NUMBER, number, start);
        }
      case BOOLEAN:
        {
          boolean flag = reader.nextBoolean();
          ReaderLocation start = ReaderLocation.of(reader).back(flag ? 4 : 5);
          return scalar(depth, JsonNode.Kind.BOOLEAN, flag, start);
        }
      case NULL:
        {
          reader.nextNull();
          return scalar(depth, JsonNode.Kind.NULL, null, ReaderLocation.of(reader).back(4));
        }
      default:
        throw new IllegalStateException("Gson offered " + token + " where a value belongs");
    }
  }

  private JsonNode object(int depth, ReaderLocation start) throws IOException, JsonSyntaxException {
    Map<String, JsonNode> members = new LinkedHashMap<>();
    reader.beginObject();
    String name = null;
    while (true) {
      expect(Expectation.Context.NAME, name == null ? 0 : ',', name);
      if (!reader.hasNext()) {
        break;
      }
      name = reader.nextName();
      expect(Expectation.Context.VALUE, ':', name);
      members.put(name, value(depth + 1));
    }
    reader.endObject();
    return JsonNode.object(members, file, start.line(), start.column());
  }

  private JsonNode array(int depth, ReaderLocation start) throws IOException, JsonSyntaxException {
    List<JsonNode> elements = new ArrayList<>();
    reader.beginArray();
    while (true) {
      expect(Expectation.Context.ELEMENT, elements.isEmpty() ? 0 : ',', null);
      if (!reader.hasNext()) {
        break;
      }
      elements.add(value(depth + 1));
    }
    reader.endArray();
    return new JsonNode(JsonNode.Kind.ARRAY, elements, file, start.line(), start.column());
  }

  private JsonNode scalar(int depth, JsonNode.Kind kind, Object value, ReaderLocation start)
      throws JsonSyntaxException {
    nested(depth, start);
    return new JsonNode(kind, value, file, start.line(), start.column());
  }

  private static ReaderLocation nested(int depth, ReaderLocation start) throws JsonSyntaxException {
    if (depth > MAX_DEPTH) {
      throw new JsonSyntaxException(
          "The settings are nested too deeply", start.line(), start.column());
    }
    return start;
  }

  /** Notes what comes next, from where Gson stands, in case Gson finds a mistake there. */
  private void expect(Expectation.Context context, int separator, String name) {
    expected =
        new Expectation(context, text.offsetOf(ReaderLocation.of(reader)), (char) separator, name);
  }
}
