package dev.scenecost.budget.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Gson's errors, told as a line producer would, at the character to fix. */
class SyntaxErrorsTest {
  private static JsonSyntaxException mistake(String text) {
    return assertThrows(JsonSyntaxException.class, () -> JsonTreeReader.read(text, "f"));
  }

  private static void assertMistake(int line, int column, String message, String text) {
    JsonSyntaxException e = mistake(text);
    assertEquals(message, e.getMessage());
    assertEquals(line + ":" + column, e.line() + ":" + e.column());
  }

  @Test
  void aMissingCommaIsFoundPastCommentLines() {
    // Line 4 is `  "b": 2`: the name that should have been preceded by a comma is at column 3.
    assertMistake(
        4,
        3,
        "Expected ',' or '}' after the value of \"a\"; is a comma missing?",
        "{\n  \"a\": 1 // one\n  // two\n  \"b\": 2\n}");
    // [1 2]: the 2 at column 4 needs a comma before it.
    assertMistake(1, 4, "Expected ',' or ']' in the list; is a comma missing?", "[1 2]");
  }

  @Test
  void nonJsonSeparatorsAndQuotesAreNamed() {
    // {"tiers": 'hero'}: the quote is at column 11 ({ 1, "tiers" 2-8, : 9, space 10).
    assertMistake(
        1,
        11,
        "Text values need double quotes, such as \"hero\", not single quotes",
        "{\"tiers\": 'hero'}");
    // {"budget" = 5}: "budget" is columns 2-9, a space, then = at 11.
    assertMistake(1, 11, "Write ':' after \"budget\", not '='", "{\"budget\" = 5}");
    // [1;2]: the ; at column 3; {"a": 1; "b": 2}: the ; after the 1 at column 8.
    assertMistake(1, 3, "Separate entries with a comma, not ';'", "[1;2]");
    assertMistake(1, 8, "Separate entries with a comma, not ';'", "{\"a\": 1; \"b\": 2}");
    assertMistake(
        1,
        2,
        "Write names in double quotes, such as \"budget\", not single quotes",
        "{'budget': 5}");
    assertMistake(1, 7, "Comments start with // or /*, not #", "{\"a\": # note\n 1}");
  }

  @Test
  void numbersMustBeWrittenAsJsonWritesThem() {
    // {"budget": ... puts the value at column 12 ({ 1, "budget" 2-9, : 10, space 11).
    assertMistake(1, 12, "Malformed number 01", "{\"budget\": 01}");
    assertMistake(1, 12, "Malformed number 12k", "{\"budget\": 12k}");
    assertMistake(1, 12, "The number 1e999 is too large", "{\"budget\": 1e999}");
  }

  @Test
  void textValuesStayOnOneLine() {
    // {"a": "b then a line break: the opening quote is column 7, b column 8, the break 9.
    assertMistake(1, 9, "A text value must end with \" on the same line", "{\"a\": \"b\nc\"}");
    assertMistake(
        1,
        9,
        "A text value holds a tab or another invisible character; write \\t" + " for a tab",
        "{\"a\": \"b\tc\"}");
    // {"a": "\x"}: Gson stops after the x, at column 10, as the old reader did.
    assertMistake(1, 10, "Unknown escape \\x; write \\\\ for a backslash", "{\"a\": \"\\x\"}");
    // {"a": "b is eight characters ({ " a " : space " b), so the end of the file is column 9.
    assertMistake(1, 9, "A text value is not closed; add the missing \"", "{\"a\": \"b");
  }

  @Test
  void theEndOfTheFileSaysWhatIsMissing() {
    // {"a": 1 is seven characters: the end is column 8.
    assertMistake(1, 8, "The file ends before the closing }; add it", "{\"a\": 1");
    // [1, 2 is five characters: the end is column 6.
    assertMistake(1, 6, "The file ends before the closing ]; add it", "[1, 2");
    assertMistake(
        1, 1, "The file ends where a value was expected; is a closing } or ]" + " missing?", "");
    // {"a": 1 /* x: the comment starts at column 9.
    assertMistake(1, 9, "A /* comment is never closed; add */", "{\"a\": 1 /* x");
    assertMistake(
        1, 10, "Unexpected text after the end of the settings; remove it", "{\"a\": 1} x");
  }

  @Test
  void commentLookalikesInsideTextAreKept() throws JsonSyntaxException {
    JsonNode root = JsonTreeReader.read("{\"u\": \"http://x/*y*/\", // real\n \"v\": 2}", null);
    assertEquals("http://x/*y*/", root.get("u").asString());
    // Line 2 is ` "v": 2`: the 2 at column 7.
    assertEquals(7, root.get("v").column());
  }

  @Test
  void nestingStopsAtSixtyFourLevels() {
    // 65 opening brackets put the 1 at column 66, at depth 65: one past the limit.
    assertMistake(
        1, 66, "The settings are nested too deeply", "[".repeat(65) + "1" + "]".repeat(65));
  }
}
