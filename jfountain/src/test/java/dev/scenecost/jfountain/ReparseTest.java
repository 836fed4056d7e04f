package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.jfountain.node.Element;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link FountainParser#reparse} must give the full parse of the new text, whatever the edit:
 * random edits, one after another, each compared with a full parse. Fixed seeds, so a failure
 * replays.
 */
class ReparseTest {
  /** What writers type, and what could reach across a scene's edges. */
  private static final String[] PIECES = {
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "x",
    "word ",
    "INT. HOUSE - DAY",
    "EXT. ROAD - NIGHT",
    ".FORCED",
    "BOB",
    "BOB (V.O.)",
    "@bob",
    "(beat)",
    "CUT TO:",
    "> THE END <",
    ">",
    "!",
    "~",
    "#",
    "## Act",
    "= synopsis",
    "===",
    "[[",
    "]]",
    "[[a note]]",
    "/*",
    "*/",
    "Title: X",
    "\u0000",
    "EXT/INT. PLACE",
    "E/I HOUSE",
    "^",
    "*",
    "_",
    ":",
    "\t",
    "\u00A0",
    "😀"
  };

  @Test
  void typingThroughAScreenplayReparsesOnlyTheEditedSceneAndMatchesTheFullParse() {
    String text = screenplay(40, false);
    Screenplay previous = FountainParser.parse(text);
    Random random = new Random(20261201L);
    int kept = 0;
    for (int i = 0; i < 400; i++) {
      int at = random.nextInt(text.length());
      String next = text.substring(0, at) + (char) ('a' + random.nextInt(26)) + text.substring(at);
      Screenplay reparsed = assertSameAsFullParse(previous, text, next);
      kept += sharesFirstAndLastScene(previous, reparsed) ? 1 : 0;
      previous = reparsed;
      text = next;
    }
    // Most keystrokes land in a scene's body: the scenes before and after are the same objects.
    assertTrue(kept > 300, "scenes kept on " + kept + " of 400 keystrokes");
  }

  @Test
  void aLineBreakMovesTheScenesBelowAndKeepsThoseAbove() {
    String text = screenplay(10, false);
    Screenplay previous = FountainParser.parse(text);
    int at = text.indexOf("He looks", text.indexOf("SCENE 5"));
    String next = text.substring(0, at) + "\n" + text.substring(at);
    Screenplay reparsed = assertSameAsFullParse(previous, text, next);
    assertSame(previous.scenes().get(3), reparsed.scenes().get(3)); // scene 4, above the edit
    assertEquals(
        previous.scenes().get(7).range().start().line() + 1,
        reparsed.scenes().get(7).range().start().line());
  }

  @Test
  void randomEditsOnAScreenplayWithoutSections() {
    int spliced = randomEdits(screenplay(12, false), 3000, 1L);
    // Not every edit may fall back to the full parse: the splice itself is under test.
    assertTrue(spliced > 1500, "spliced " + spliced + " of 3000 edits");
  }

  @Test
  void randomEditsOnAScreenplayWithSectionsNotesAndBoneyards() {
    int spliced = randomEdits(screenplay(12, true), 3000, 2L);
    assertTrue(spliced > 1000, "spliced " + spliced + " of 3000 edits");
  }

  @Test
  void randomEditsOnEveryFixture() throws Exception {
    long seed = 3;
    for (String fixture : fixtureTexts()) {
      randomEdits(fixture, 200, seed++);
    }
  }

  @Test
  void anUnchangedTextKeepsTheEarlierParse() {
    String text = screenplay(3, false);
    Screenplay previous = FountainParser.parse(text);
    assertSame(
        previous, FountainParser.reparse(previous, TextLines.of(text), new LineChange(2, 2, 2)));
  }

  @Test
  void aChangeThatDoesNotFitTheEarlierParseIsParsedWhole() {
    String text = screenplay(3, false);
    Screenplay previous = FountainParser.parse(text);
    String other = "INT. ELSEWHERE - DAY\n\nSomething else.\n";
    Screenplay reparsed =
        FountainParser.reparse(previous, TextLines.of(other), new LineChange(1, 2, 2));
    assertEquals(ElementPrinter.print(FountainParser.parse(other)), ElementPrinter.print(reparsed));
  }

  /**
   * Short runs of random edits from the same start: a long run soon holds a control character or a
   * boneyard delimiter everywhere, and every later edit would take the full parse.
   */
  private static int randomEdits(String start, int edits, long seed) {
    Random random = new Random(seed);
    Screenplay parsed = FountainParser.parse(start);
    int spliced = 0;
    for (int i = 0; i < edits; ) {
      String text = start;
      Screenplay previous = parsed;
      for (int run = 1 + random.nextInt(6); run > 0 && i < edits; run--, i++) {
        String next = edit(text, random);
        if (random.nextInt(4) == 0) {
          next = edit(next, random); // edits that arrived while the last analysis ran
        }
        Screenplay reparsed = assertSameAsFullParse(previous, text, next);
        spliced += sharesAnElement(previous, reparsed) ? 1 : 0;
        previous = reparsed;
        text = next;
      }
    }
    return spliced;
  }

  private static boolean sharesAnElement(Screenplay before, Screenplay after) {
    java.util.Set<Element> earlier =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    earlier.addAll(before.elements());
    return after.elements().stream().anyMatch(earlier::contains);
  }

  private static String edit(String text, Random random) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    switch (random.nextInt(4)) {
      case 0, 1 -> {
        return text.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + text.substring(at);
      }
      case 2 -> {
        int end = Math.min(text.length(), at + 1 + random.nextInt(random.nextBoolean() ? 3 : 60));
        return text.substring(0, at) + text.substring(end);
      }
      default -> {
        int end = Math.min(text.length(), at + random.nextInt(10));
        return text.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + text.substring(end);
      }
    }
  }

  /** Reparses {@code after} from the parse of {@code before} and compares it with a full parse. */
  private static Screenplay assertSameAsFullParse(
      Screenplay previous, String before, String after) {
    Screenplay reparsed =
        FountainParser.reparse(previous, TextLines.of(after), changedLines(before, after));
    Screenplay full = FountainParser.parse(after);
    assertEquals(print(full), print(reparsed), () -> "after editing into:\n" + after);
    return reparsed;
  }

  private static boolean sharesFirstAndLastScene(Screenplay before, Screenplay after) {
    List<Scene> a = before.scenes();
    List<Scene> b = after.scenes();
    return a.get(0) == b.get(0) || a.get(a.size() - 1) == b.get(b.size() - 1);
  }

  /** The lines that differ, as an editor knows them: common lines at the start and the end. */
  static LineChange changedLines(String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    return new LineChange(prefix, a.size() - suffix, b.size() - suffix);
  }

  private static List<String> lines(String text) {
    TextLines lines = TextLines.of(text);
    List<String> result = new ArrayList<>();
    for (int i = 0; i < lines.lineCount(); i++) {
      result.add(lines.lines(i, i + 1));
    }
    return result;
  }

  /** The fixture print, then the outline: scenes with their bodies, sections, the line count. */
  private static List<String> print(Screenplay screenplay) {
    List<String> out = new ArrayList<>(ElementPrinter.print(screenplay));
    out.add("lines " + screenplay.lineCount());
    for (Element element : screenplay.preamble()) {
      out.add("preamble " + ElementPrinter.element(element));
    }
    for (Scene scene : screenplay.scenes()) {
      out.add(
          "scene "
              + scene.index()
              + " "
              + scene.range()
              + " "
              + ElementPrinter.element(scene.heading())
              + " section="
              + (scene.section() == null ? "-" : scene.section().range()));
      for (Element element : scene.elements()) {
        out.add("  " + ElementPrinter.element(element));
      }
    }
    printSections(screenplay.sections(), "", out);
    for (ParseWarning warning : screenplay.warnings()) {
      out.add("message " + warning.message());
    }
    return out;
  }

  private static void printSections(List<Section> sections, String indent, List<String> out) {
    for (Section section : sections) {
      StringBuilder line = new StringBuilder(indent).append("section ").append(section.range());
      line.append(' ').append(section.title()).append(" scenes");
      for (Scene scene : section.scenes()) {
        line.append(' ').append(scene.index());
      }
      out.add(line.toString());
      printSections(section.children(), indent + "  ", out);
    }
  }

  /** A screenplay of {@code scenes} scenes of every kind of element. */
  private static String screenplay(int scenes, boolean outline) {
    StringBuilder text = new StringBuilder("Title: Reparse\nAuthor: Tests\n\nFADE IN:\n\n");
    for (int i = 1; i <= scenes; i++) {
      if (outline && i % 4 == 1) {
        text.append("# Act ").append(i / 4 + 1).append("\n\n");
      }
      if (outline && i % 2 == 0) {
        text.append("## Sequence ").append(i).append("\n\n= The heart of it.\n\n");
      }
      text.append(i % 3 == 0 ? "EXT. ROAD - NIGHT" : "INT. HOUSE, SCENE " + i + " - DAY");
      text.append("\n\nHe looks around. The room is *quiet*.\nA clock ticks.\n\n");
      text.append("BOB\n(softly)\nWhere is everyone?\n\nANNA (O.S.)\nHere.\n\n");
      if (outline && i % 3 == 1) {
        text.append("[[check the lamp]]\n\nShe /* cut this */ waits.\n\n");
      }
      if (i % 5 == 0) {
        text.append("CUT TO:\n\n");
      }
      if (i % 7 == 0) {
        text.append("EXT/INT. CAR - DAY\n\n> CENTRED <\n\n===\n\n");
      }
    }
    return text.append("> THE END <\n").toString();
  }

  private static List<String> fixtureTexts() throws IOException, URISyntaxException {
    Path root = Path.of(ReparseTest.class.getResource("/fixtures").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      List<String> texts = new ArrayList<>();
      for (Path path : files.filter(p -> p.toString().endsWith(".fountain")).sorted().toList()) {
        texts.add(Files.readString(path));
      }
      return texts;
    }
  }
}
