package dev.scenecost.budget.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderLocationTest {
  @Test
  void gsonStillSaysWhereItStandsInToString() throws IOException {
    JsonReader reader = new JsonReader(new StringReader("{\n  \"budget\": 1}"));
    reader.beginObject();
    reader.nextName();
    // Line 2 is `  "budget": 1}`: two spaces and the 8 characters of "budget" are read, so the
    // reader stands at column 2 + 8 + 1 = 11.
    assertEquals("JsonReader at line 2 column 11 path $.budget", reader.toString());
    assertEquals(new ReaderLocation(2, 11), ReaderLocation.of(reader));
  }

  @Test
  void everyKindOfValueStartsWhereItIsWritten() throws JsonSyntaxException {
    // [{}, [], "s", 12, 1.5, -3e2, true, false, null]
    // columns: [ 1, { 2, [ 6, "s" 10, 12 at 15, 1.5 at 19, -3e2 at 24, true 30, false 36,
    // null 43 (each value is its length plus ", " after the one before).
    JsonNode list = JsonTreeReader.read("[{}, [], \"s\", 12, 1.5, -3e2, true, false, null]", null);
    assertEquals(
        List.of(2, 6, 10, 15, 19, 24, 30, 36, 43),
        list.elements().stream().map(JsonNode::column).toList());
    assertEquals(-300.0, list.elements().get(5).asNumber());
  }

  @Test
  void positionsHoldPastGsonsReadBuffer() throws JsonSyntaxException {
    StringBuilder text = new StringBuilder("{\n");
    for (int i = 0; i < 100; i++) {
      text.append("  \"k")
          .append(i)
          .append("\": ")
          .append(i)
          .append(", // price ")
          .append(i)
          .append('\n');
    }
    text.append("  \"end\": true\n}");
    JsonNode root = JsonTreeReader.read(text.toString(), null);
    // About 2,600 characters, well past Gson's 1,024-character buffer. "k99" is on line
    // 99 + 2 = 101: `  "k99": 99` puts the value at 2 + 5 ("k99" quoted) + 2 + 1 = column 10.
    assertEquals(101, root.get("k99").line());
    assertEquals(10, root.get("k99").column());
    // `  "end": true` on line 102: 2 + 5 + 2 + 1 = column 10.
    assertEquals(102, root.get("end").line());
    assertEquals(10, root.get("end").column());
  }

  @Test
  void aByteOrderMarkIsNotAColumn() throws JsonSyntaxException {
    JsonNode root = JsonTreeReader.read("\uFEFF{\"a\": 1}", null);
    // Gson and editors skip the mark: `{"a": 1}` puts 1 at column 7.
    assertEquals(1, root.column());
    assertEquals(7, root.get("a").column());
  }
}
