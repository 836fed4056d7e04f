package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that make naive parsers quadratic or worse: a marker repeated 100,000 times, on one line
 * or on many. Each must parse in linear time; the class-level timeout catches a regression long
 * before a writer would. Speed itself is measured by the JMH benchmark, not here.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PathologicalInputTest {
  private static final int REPEAT = 100_000;

  @ParameterizedTest(name = "\"{0}\" x 100,000")
  @ValueSource(
      strings = {
        // A [[ that never closes would make a rescan from every later [[ quadratic.
        "[[",
        "[[\n",
        "[[ \n",
        "]]",
        "/*",
        "*/",
        "*",
        "**",
        "***",
        "_",
        "\\",
        "\\*",
        "*a",
        "a*",
        "_a",
        "a_",
        "*_",
        "_*",
        "**_*",
        "*a _b ",
        "#",
        ">",
        "<",
        "> x <",
        "~",
        "!",
        "@",
        "^",
        ".",
        "(",
        ")",
        "(x)",
        "=",
        "INT. ",
        "A\n",
        "A\n\n",
        "  \n",
        "\n",
        "\r",
        "\r\n",
        "Title: x\n",
        "   value\n",
        "BOB\n(beat)\n",
        "[[a]]",
        "/* */",
        "#1#",
        " - "
      })
  void repeatedMarkerParses(String piece) {
    String source = piece.repeat(REPEAT);
    Screenplay screenplay = FountainParser.parse(source);
    ParseInvariants.assertNoInternalError(screenplay);
    assertTrue(screenplay.lineCount() >= 1);
    screenplay.elements().forEach(element -> element.inlines());
  }

  @Test
  void aOneMegabyteLineParses() {
    String source = "He walks ".repeat(120_000);
    Screenplay screenplay = FountainParser.parse(source);
    ParseInvariants.assertNoInternalError(screenplay);
    assertEquals(1, screenplay.elements().size());
  }

  @Test
  void manyUnclosedNotesWarnOncePerParagraph() {
    // One paragraph of 100,000 "[[": a single warning, not 100,000.
    Screenplay screenplay = FountainParser.parse("[[".repeat(REPEAT));
    assertEquals(1, screenplay.warnings().size());
  }

  @Test
  void aTenMegabyteScreenplayParses() {
    String scene =
        "INT. KITCHEN - NIGHT #12#\n\nRain on the *windows*. [[tier: hero]]\n\n"
            + "STEEL (V.O.)\n(quietly)\nBeer's ready.\n\n> CUT TO: <\n\n";
    // 27 + 39 + 38 + 13 = 117 characters a scene: 90,000 scenes is about 10.5 MB.
    String source = scene.repeat(90_000);
    assertEquals(10_530_000, source.length());
    Screenplay screenplay = FountainParser.parse(source);
    ParseInvariants.assertNoInternalError(screenplay);
    assertEquals(90_000, screenplay.scenes().size());
  }
}
