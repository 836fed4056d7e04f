package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.jfountain.internal.InlineParser;
import dev.scenecost.jfountain.node.TextRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineEmphasisTest {

  private static String runs(String text) {
    return ElementPrinter.runs(InlineParser.parse(text));
  }

  @Test
  void plainTextIsOneRun() {
    assertEquals(List.of(TextRun.plain("Just words.")), InlineParser.parse("Just words."));
    assertEquals(List.of(), InlineParser.parse(""));
  }

  @Test
  void boldItalicAndUnderlineNest() {
    assertEquals("runs u\"under \" bu\"bold\" u\" under\"", runs("_under **bold** under_"));
    assertEquals("runs bi\"all three\"", runs("***all three***"));
  }

  @Test
  void markersNeedANonSpaceOnTheirInnerSide() {
    assertEquals("runs \"a * b * c\"", runs("a * b * c"));
    assertEquals("runs \"2 ** 3 ** 4\"", runs("2 ** 3 ** 4"));
  }

  @Test
  void spansNeverCross() {
    // *a _b* c_: the underscore opened inside the italic span cannot close outside it.
    assertEquals("runs i\"a _b\" \" c_\"", runs("*a _b* c_"));
  }

  @Test
  void escapedMarkersAndBackslashesAreLiteral() {
    assertEquals("runs \"*not italic*\"", runs("\\*not italic\\*"));
    assertEquals("runs \"_a_ and \\\\\"", runs("\\_a\\_ and \\\\"));
    // A backslash before any other character stays.
    assertEquals("runs \"C:\\\\temp\"", runs("C:\\temp"));
  }

  @Test
  void unmatchedMarkersStayAsText() {
    assertEquals("runs \"*unclosed and **half\"", runs("*unclosed and **half"));
    assertEquals("runs \"****\"", runs("****"));
    assertEquals("runs \"Name: ____\"", runs("Name: ____"));
  }

  @Test
  void emphasisStopsAtLineBreaks() {
    assertEquals("runs i\"one\" \"\\n\" b\"two\"", runs("*one*\n**two**"));
    assertEquals("runs \"*one\\ntwo*\"", runs("*one\ntwo*"));
  }

  @Test
  void elementsComputeTheirRunsFromTheirText() {
    Screenplay screenplay = FountainParser.parse("He is *very* tired.");
    assertEquals(
        List.of(
            TextRun.plain("He is "),
            new TextRun("very", false, true, false),
            TextRun.plain(" tired.")),
        screenplay.elements().get(0).inlines());
  }
}
