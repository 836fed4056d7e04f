package dev.scenecost.lsp.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextDocumentTest {
  private static final String URI = "untitled:doc.fountain";

  @Test
  void anEditReplacesTheTextBetweenTwoPositions() {
    TextDocument document = new TextDocument(URI, 1, "INT. HOUSE - DAY\n\nBob sits.");
    // line 2 "Bob sits." : columns 4..8 are "sits"
    TextDocument edited = document.edit(2, 4, 2, 8, "stands", 2);
    assertEquals("INT. HOUSE - DAY\n\nBob stands.", edited.text());
    assertEquals(2, edited.version());
  }

  @Test
  void anEditCanSpanLinesAndInsertLineBreaks() {
    TextDocument document = new TextDocument(URI, 1, "a\nb\nc");
    assertEquals("a\nX\nY\nc", document.edit(1, 0, 1, 1, "X\nY", 2).text());
    assertEquals("aZc", document.edit(0, 1, 2, 0, "Z", 2).text());
  }

  @Test
  void positionsPastTheEndAreClampedNotFatal() {
    TextDocument document = new TextDocument(URI, 1, "one\ntwo");
    // character 99 on line 0 clamps to its end (3); line 40 clamps to the end of the text (7)
    assertEquals("one!", document.edit(0, 99, 40, 0, "!", 2).text());
    assertEquals("one\ntwo.", document.edit(9, 9, 9, 9, ".", 2).text());
  }

  @Test
  void aReversedRangeIsPutRight() {
    TextDocument document = new TextDocument(URI, 1, "abcdef");
    assertEquals("aXef", document.edit(0, 4, 0, 1, "X", 2).text());
  }

  @Test
  void linesEndWithLfCrlfOrALoneCr() {
    LineIndex lines = new LineIndex("a\r\nbc\rdef\n");
    assertEquals(4, lines.lineCount());
    assertEquals("bc", lines.line(1));
    assertEquals("def", lines.line(2));
    assertEquals("", lines.line(3));
    // offsets: "a"0 "\r\n"1-2, "bc" 3-4, "\r" 5, "def" 6-8
    assertEquals(6, lines.offset(2, 0));
    assertEquals(2, lines.lineOf(6));
    assertEquals(1, lines.characterOf(4));
  }

  @Test
  void columnsCountUtf16Units() {
    // "🎬" is two UTF-16 units, as LSP positions count them
    LineIndex lines = new LineIndex("🎬 SCENE");
    assertEquals(8, lines.lineLength(0));
    assertEquals(3, lines.offset(0, 3));
  }
}
