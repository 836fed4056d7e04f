package dev.scenecost.budget.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneNumberingTest {

  private static List<String> numbers(String... headings) {
    StringBuilder script = new StringBuilder();
    for (String heading : headings) {
      script.append(heading).append("\n\nSomething happens.\n\n");
    }
    return SceneNumbering.plan(FountainParser.parse(script.toString())).stream()
        .map(a -> a.scene().heading() + " " + a.number())
        .toList();
  }

  @Test
  void missingNumbersContinueFromThePreviousScene() {
    assertEquals(
        List.of("INT. A - DAY 1", "INT. C - DAY 6"),
        numbers("INT. A - DAY", "INT. B - DAY #5#", "INT. C - DAY"));
  }

  @Test
  void aSceneSqueezedBetweenNumberedScenesTakesALetter() {
    assertEquals(
        List.of("INT. B - DAY 1A", "INT. C - DAY 1B"),
        numbers("INT. A - DAY #1#", "INT. B - DAY", "INT. C - DAY", "INT. D - DAY #2#"));
    assertEquals(List.of("INT. A - DAY A1"), numbers("INT. A - DAY", "INT. B - DAY #1#"));
    // After an inserted 4A there is room for 5 before 7.
    assertEquals(
        List.of("INT. B - DAY 5"),
        numbers("INT. A - DAY #4A#", "INT. B - DAY", "INT. C - DAY #7#"));
  }

  @Test
  void existingNumbersAreNeverTouchedNorReused() {
    // 2 is taken further down, so the scene after 1 cannot be 2: it becomes 1A.
    assertEquals(
        List.of("INT. B - DAY 1A"),
        numbers("INT. A - DAY #1#", "INT. B - DAY", "INT. C - DAY #3#", "INT. D - DAY #2#"));
    assertEquals(List.of(), numbers("INT. A - DAY #1#", "INT. B - DAY #2#"));
  }

  @Test
  void theNumberGoesAtTheEndOfTheHeading() {
    SceneNumbering.Addition addition =
        SceneNumbering.plan(FountainParser.parse("INT. A - DAY\n\nx\n")).get(0);

    assertEquals(new SourcePosition(0, 12), addition.insertAt());
    assertEquals(" #1#", addition.text());
  }

  @Test
  void lettersRollOverLikeColumnNames() {
    assertEquals("B", SceneNumbering.nextLetters("A"));
    assertEquals("AA", SceneNumbering.nextLetters("Z"));
    assertEquals("AB", SceneNumbering.nextLetters("AA"));
  }
}
