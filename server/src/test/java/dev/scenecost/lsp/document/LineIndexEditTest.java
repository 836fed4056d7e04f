package dev.scenecost.lsp.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.jfountain.LineChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Edits applied block by block give exactly the text and line table of the whole edited text, for
 * random edits on a text of many blocks with every kind of line break, CR LF pairs joined and split
 * by edits included.
 */
class LineIndexEditTest {
  private static final String[] PIECES = {
    "\n", "\r\n", "\r", "\n\n", "INT. HOUSE - DAY", "Rain.", "BOB", "🎬", " ", "x"
  };

  /** The line starts of a text, found the plain way. */
  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        starts.add(i + 1);
      }
    }
    return starts;
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static void assertSame(String expected, LineIndex lines) {
    assertEquals(expected, lines.text());
    assertEquals(expected.length(), lines.length());
    List<Integer> starts = lineStarts(expected);
    assertEquals(starts.size(), lines.lineCount());
    for (int line = 0; line < starts.size(); line++) {
      int start = starts.get(line);
      assertEquals(start, lines.offset(line, 0), "start of line " + line);
      int end = line + 1 < starts.size() ? starts.get(line + 1) : expected.length();
      String withBreak = expected.substring(start, end);
      String content = withBreak.replaceAll("[\r\n]+$", "");
      assertEquals(content, lines.line(line), "line " + line);
      assertEquals(content.length(), lines.lineLength(line));
      assertEquals(line, lines.lineOf(start));
      assertEquals(line, lines.lineOf(start + content.length()));
    }
    assertEquals(starts.size() - 1, lines.lineOf(expected.length()));
  }

  @Test
  void randomEditsMatchTheWholeTextRebuilt() {
    Random random = new Random(42);
    String expected = randomText(random, 6_000); // about 30 KB: several blocks
    LineIndex lines = new LineIndex(expected);
    assertSame(expected, lines);
    for (int i = 0; i < 400; i++) {
      int start = random.nextInt(expected.length() + 1);
      int end = Math.min(expected.length(), start + random.nextInt(i % 50 == 0 ? 9_000 : 6));
      String replacement = randomText(random, random.nextInt(4));
      expected = expected.substring(0, start) + replacement + expected.substring(end);
      lines = lines.edit(start, end, replacement);
      if (i % 20 == 0) {
        assertSame(expected, lines);
      }
    }
    assertSame(expected, lines);
  }

  /**
   * After any run of edits, the lines outside the change are the same lines in both versions (with
   * their line breaks), and the change is no wider than the edits: one keystroke is one line.
   */
  @Test
  void theChangeSinceAnEarlierVersionHoldsEveryEditedLineAndNoOther() {
    Random random = new Random(7);
    String original = randomText(random, 6_000);
    LineIndex earlier = new LineIndex(original);
    for (int round = 0; round < 200; round++) {
      String expected = original;
      LineIndex lines = earlier;
      int edits = 1 + random.nextInt(round % 10 == 0 ? 20 : 3);
      for (int i = 0; i < edits; i++) {
        int start = random.nextInt(expected.length() + 1);
        int end = Math.min(expected.length(), start + random.nextInt(6));
        String replacement = randomText(random, random.nextInt(3));
        expected = expected.substring(0, start) + replacement + expected.substring(end);
        lines = lines.edit(start, end, replacement);
      }
      LineChange change = lines.changeSince(earlier);
      assertEquals(earlier.lineCount() + change.lineDelta(), lines.lineCount());
      for (int line = 0; line < change.firstLine(); line++) {
        assertEquals(earlier.lines(line, line + 1), lines.lines(line, line + 1), "line " + line);
      }
      for (int after = 1; after <= earlier.lineCount() - change.oldEndLine(); after++) {
        assertEquals(
            earlier.lines(earlier.lineCount() - after, earlier.lineCount() - after + 1),
            lines.lines(lines.lineCount() - after, lines.lineCount() - after + 1));
      }
      assertEquals(
          expected,
          lines.lines(0, change.firstLine())
              + lines.lines(change.firstLine(), change.newEndLine())
              + lines.lines(change.newEndLine(), lines.lineCount()));
    }
    String text = "INT. HOUSE - DAY\n\n" + "Rain falls.\n".repeat(3_000);
    LineIndex before = new LineIndex(text);
    int at = text.indexOf("Rain", 20_000);
    LineChange keystroke = before.edit(at, at, "x").changeSince(before);
    int line = before.lineOf(at);
    assertEquals(new LineChange(line, line + 1, line + 1), keystroke);
    LineChange enter = before.edit(at, at, "\n").changeSince(before);
    // A line break at the start of a line inserts an empty line before it: nothing else changed.
    assertEquals(new LineChange(line, line, line + 1), enter);
    LineChange none = before.changeSince(before);
    assertTrue(none.firstLine() == none.oldEndLine() && none.lineDelta() == 0);
  }

  @Test
  void linesAreTheTextBetweenTwoLineStarts() {
    String text = "one\r\ntwo\rthree\n\n" + "four\n".repeat(2_000) + "last";
    LineIndex lines = new LineIndex(text).edit(0, 0, "");
    List<Integer> starts = lineStarts(text);
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      int from = random.nextInt(starts.size() + 1);
      int to = from + random.nextInt(starts.size() + 1 - from);
      int start = from < starts.size() ? starts.get(from) : text.length();
      int end = to < starts.size() ? starts.get(to) : text.length();
      assertEquals(text.substring(start, end), lines.lines(from, to), from + ".." + to);
    }
    assertEquals(text, lines.lines(0, lines.lineCount()));
  }

  @Test
  void joiningAndSplittingACrLfPairAcrossAnEditIsOneBreakThenTwo() {
    LineIndex lines = new LineIndex("a\rb\nc");
    LineIndex joined = lines.edit(2, 3, ""); // "a\r\nc": CR LF is one break
    assertSame("a\r\nc", joined);
    assertEquals(2, joined.lineCount());
    LineIndex split = joined.edit(2, 2, "x"); // "a\rx\nc": two breaks again
    assertSame("a\rx\nc", split);
    assertEquals(3, split.lineCount());
  }

  @Test
  void editingTheEndOfALargeTextKeepsItsLastLine() {
    String big = "Rain.\n".repeat(5_000);
    LineIndex lines = new LineIndex(big).edit(big.length(), big.length(), "THE END");
    assertSame(big + "THE END", lines);
    LineIndex removed = lines.edit(0, big.length() + 7, "");
    assertSame("", removed);
  }
}
