package dev.scenecost.budget.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.scenecost.budget.json.JsonNode;
import dev.scenecost.budget.json.JsonSyntaxException;
import dev.scenecost.budget.json.JsonTreeReader;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {
  @Test
  void valuesRememberTheirLineAndColumn() throws JsonSyntaxException {
    JsonNode root = JsonTreeReader.read("{\n  \"a\": [1, true],\n  \"b\": {\"c\": null}\n}", "f");
    JsonNode a = root.get("a");
    assertEquals(2, a.line());
    assertEquals(8, a.column());
    assertEquals(12, a.elements().get(1).column());
    assertEquals(JsonNode.Kind.NULL, root.get("b").get("c").kind());
    assertEquals("f", root.get("b").file());
  }

  @Test
  void commentsAndAByteOrderMarkAreAllowed() throws JsonSyntaxException {
    JsonNode root = JsonTreeReader.read("\uFEFF// prices\n{ /* x */ \"a\": \"\\u00e9\\n\" }", null);
    assertEquals("é\n", root.get("a").asString());
  }

  @Test
  void mistakesSayWhereAndWhat() {
    JsonSyntaxException trailing =
        assertThrows(JsonSyntaxException.class, () -> JsonTreeReader.read("{\"a\": 1,}", null));
    assertEquals(1, trailing.line());
    assertEquals(9, trailing.column());
    JsonSyntaxException unquoted =
        assertThrows(JsonSyntaxException.class, () -> JsonTreeReader.read("{\"a\": hero}", null));
    assertEquals(
        "Unexpected character 'h': a value must be a number, \"text\", true, false,"
            + " null, an object {...} or a list [...]",
        unquoted.getMessage());
    JsonSyntaxException open =
        assertThrows(JsonSyntaxException.class, () -> JsonTreeReader.read("{\"a\": [1,", null));
    assertEquals(
        "The file ends where a value was expected; is a closing } or ] missing?",
        open.getMessage());
  }

  @Test
  void mergeReplacesScalarsAndMergesObjects() throws JsonSyntaxException {
    JsonNode base = JsonTreeReader.read("{\"a\": {\"x\": 1, \"y\": 2}, \"b\": [1]}", null);
    JsonNode top = JsonTreeReader.read("{\"a\": {\"y\": 3}, \"b\": [2, 3]}", "user");
    JsonNode merged = JsonNode.merge(base, top);
    assertEquals(1.0, merged.get("a").get("x").asNumber());
    assertEquals(3.0, merged.get("a").get("y").asNumber());
    assertEquals(2, merged.get("b").elements().size());
  }
}
