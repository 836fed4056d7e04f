package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Note;

/** What every parse must satisfy, whatever the input: used by the never-throw tests. */
final class ParseInvariants {
  private ParseInvariants() {}

  static void check(String source, Screenplay screenplay) {
    int[] lengths = lineLengths(source);
    assertEquals(lengths.length, screenplay.lineCount(), "line count");
    SourcePosition previousStart = new SourcePosition(0, 0);
    for (Element element : screenplay.elements()) {
      assertNotNull(element.text());
      checkRange(lengths, element.range(), element.toString());
      assertTrue(
          element.range().start().compareTo(previousStart) >= 0,
          "elements in source order: " + element);
      previousStart = element.range().start();
      for (Note note : element.notes()) {
        checkRange(lengths, note.range(), note.toString());
      }
      element.inlines();
    }
    for (SourceRange boneyard : screenplay.boneyards()) {
      checkRange(lengths, boneyard, "boneyard");
    }
    for (ParseWarning warning : screenplay.warnings()) {
      checkRange(lengths, warning.range(), warning.message());
    }
    assertNoInternalError(screenplay);
    int elementsInScenes = screenplay.preamble().size();
    for (Scene scene : screenplay.scenes()) {
      elementsInScenes += 1 + scene.elements().size();
    }
    assertEquals(screenplay.elements().size(), elementsInScenes, "every element in one place");
  }

  /** The parser's safety net was not needed: no bug of ours was hidden by the fallback. */
  static void assertNoInternalError(Screenplay screenplay) {
    for (ParseWarning warning : screenplay.warnings()) {
      assertNotEquals(ParseWarning.CODE_INTERNAL_ERROR, warning.code(), warning.message());
    }
  }

  private static void checkRange(int[] lengths, SourceRange range, String what) {
    assertTrue(range.start().compareTo(range.end()) <= 0, "start before end: " + what);
    for (SourcePosition p : new SourcePosition[] {range.start(), range.end()}) {
      assertTrue(p.line() >= 0 && p.line() < lengths.length, "line inside the text: " + what);
      assertTrue(
          p.character() >= 0 && p.character() <= lengths[p.line()],
          "column inside its line: " + what + " at " + p);
    }
  }

  private static int[] lineLengths(String source) {
    String[] lines = source.split("\r\n|\r|\n", -1);
    int[] lengths = new int[lines.length];
    for (int i = 0; i < lines.length; i++) {
      lengths[i] = lines[i].length();
    }
    return lengths;
  }
}
