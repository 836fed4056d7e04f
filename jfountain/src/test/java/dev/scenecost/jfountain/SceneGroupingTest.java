package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.ElementType;
import dev.scenecost.jfountain.node.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneGroupingTest {
  private static final String SCRIPT =
      String.join(
          "\n",
          "Title: Grouping", //  0
          "", //                  1
          "FADE IN:", //          2
          "", //                  3
          "# ACT ONE", //         4
          "", //                  5
          "## Morning", //        6
          "", //                  7
          "INT. A - DAY", //      8
          "", //                  9
          "Action A.", //        10
          "", //                 11
          "[[tier: hero]]", //   12
          "", //                 13
          "INT. B - DAY", //     14
          "", //                 15
          "BOB", //              16
          "Hi. [[budget: $50]]", // 17
          "", //                 18
          "# ACT TWO", //        19
          "", //                 20
          "EXT. C - NIGHT", //   21
          "", //                 22
          "Rain.");

  private final Screenplay screenplay = FountainParser.parse(SCRIPT);

  @Test
  void elementsBeforeTheFirstHeadingAreThePreamble() {
    assertEquals(
        List.of(ElementType.ACTION, ElementType.SECTION, ElementType.SECTION),
        types(screenplay.preamble()));
  }

  @Test
  void eachSceneHoldsItsBodyUpToTheNextHeading() {
    List<Scene> scenes = screenplay.scenes();
    assertEquals(3, scenes.size());
    assertEquals(List.of(ElementType.ACTION, ElementType.NOTE), types(scenes.get(0).elements()));
    // A section line between two scenes stays in the body of the scene it follows.
    assertEquals(
        List.of(ElementType.CHARACTER, ElementType.DIALOGUE, ElementType.SECTION),
        types(scenes.get(1).elements()));
    assertEquals(List.of(ElementType.ACTION), types(scenes.get(2).elements()));
    assertEquals(2, scenes.get(2).index());
  }

  @Test
  void sceneRangesRunFromTheHeadingToTheLastBodyElement() {
    // Scene A ends with the own-line note "[[tier: hero]]" (14 units) on line 12.
    assertEquals(SourceRange.of(8, 0, 12, 14), screenplay.scenes().get(0).range());
    // Scene C ends with "Rain." on line 23.
    assertEquals(SourceRange.of(21, 0, 23, 5), screenplay.scenes().get(2).range());
  }

  @Test
  void scenesHangInTheInnermostSectionBeforeThem() {
    List<Section> top = screenplay.sections();
    assertEquals(List.of("ACT ONE", "ACT TWO"), top.stream().map(Section::title).toList());
    Section actOne = top.get(0);
    Section morning = actOne.children().get(0);
    assertEquals("Morning", morning.title());
    assertEquals(2, morning.depth());
    assertSame(actOne, morning.parent());
    assertNull(actOne.parent());
    assertEquals(List.of(), actOne.scenes());
    assertEquals(List.of(screenplay.scenes().get(0), screenplay.scenes().get(1)), morning.scenes());
    assertSame(morning, screenplay.scenes().get(1).section());
    assertEquals(List.of(screenplay.scenes().get(2)), top.get(1).scenes());
  }

  @Test
  void sectionRangesCoverTheirScenes() {
    // Scene B's body ends with "# ACT TWO" (9 units) on line 19, so ACT ONE reaches there.
    assertEquals(SourceRange.of(4, 0, 19, 9), screenplay.sections().get(0).range());
    assertEquals(SourceRange.of(19, 0, 23, 5), screenplay.sections().get(1).range());
  }

  @Test
  void allNotesGathersOwnLineAndInlineNotes() {
    assertEquals(List.of("tier: hero"), texts(screenplay.scenes().get(0).allNotes()));
    assertEquals(List.of("budget: $50"), texts(screenplay.scenes().get(1).allNotes()));
  }

  @Test
  void aScriptWithoutHeadingsHasOnlyAPreamble() {
    Screenplay plain = FountainParser.parse("Just action.\n\nMore action.");
    assertEquals(0, plain.scenes().size());
    assertEquals(2, plain.preamble().size());
  }

  private static List<ElementType> types(List<Element> elements) {
    return elements.stream().map(Element::type).toList();
  }

  private static List<String> texts(List<Note> notes) {
    return notes.stream().map(Element::text).toList();
  }
}
