package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.result.SceneEstimate;
import org.junit.jupiter.api.Test;

class ScreenTimeTest {
  private static SceneEstimate only(String fountain) {
    return TestConfigs.estimate(fountain).scenes().get(0);
  }

  @Test
  void countsHeadingActionAndSpeechWithTheirBlankLines() {
    SceneAnalysis analysis =
        analyse("INT. KITCHEN - DAY\n\nAnna pours coffee.\n\nANNA\nMorning.\n");
    // heading 1 + blank 1, action 1 + blank 1, cue 1 + dialogue 1 + blank 1 = 7 lines.
    assertEquals(7, analysis.lines());
  }

  @Test
  void eighthsRoundToTheNearestAndSecondsFollowThem() {
    // 7 lines x 8 / 55 = 1.02 -> 1/8 page -> 60 s / 8 = 7.5 s.
    SceneEstimate scene = only("INT. KITCHEN - DAY\n\nAnna pours coffee.\n\nANNA\nMorning.\n");
    assertEquals(1, scene.pagesEighths());
    assertEquals(7.5, scene.screenSeconds(), 1e-9);
    assertFalse(scene.durationFromNote());
  }

  @Test
  void aSceneIsNeverShorterThanOneEighth() {
    // Heading alone: 2 lines x 8 / 55 = 0.29, rounds to 0, raised to 1/8.
    assertEquals(1, only("INT. KITCHEN - DAY\n").pagesEighths());
  }

  @Test
  void longActionWrapsAtSixtyOneCharacters() {
    // 20 lines of 10 words of "walks" (59 characters: fits in 61) = 20 lines + 1 blank;
    // heading 2 -> 23 lines -> 23 x 8 / 55 = 3.35 -> 3/8 -> 22.5 s.
    String line = "walks walks walks walks walks walks walks walks walks walks";
    String action = (line + "\n").repeat(20);
    SceneEstimate scene = only("INT. HALL - DAY\n\n" + action);
    assertEquals(3, scene.pagesEighths());
    assertEquals(22.5, scene.screenSeconds(), 1e-9);
  }

  @Test
  void dialogueWrapsAtThirtySixAndParentheticalsAtTwentySix() {
    // cue 1; parenthetical "(a long whispered aside to nobody)" = 34 chars at width 26: "(a long
    // whispered aside to" (26) + "nobody)" = 2; dialogue of 8 x "word" (39 chars) at 36 = 2;
    // blank 1 -> speech 6 lines; heading 2 -> 8 lines.
    SceneAnalysis analysis =
        analyse(
            "INT. HALL - DAY\n\nANNA\n(a long whispered aside to nobody)\n"
                + "word word word word word word word word\n");
    assertEquals(8, analysis.lines());
  }

  @Test
  void notesSectionsAndSynopsesDoNotPrint() {
    SceneAnalysis analysis =
        analyse(
            "INT. KITCHEN - DAY\n\n[[a private note]]\n\n= synopsis\n\n" + "Anna pours coffee.\n");
    // heading 2 + action 2 = 4.
    assertEquals(4, analysis.lines());
  }

  @Test
  void aDurationNoteOverridesTheScreenTime() {
    SceneEstimate scene =
        only("INT. KITCHEN - DAY\n\n[[duration: 1m 30s]]\n\nAnna pours coffee.\n");
    assertEquals(90.0, scene.screenSeconds(), 1e-9);
    assertTrue(scene.durationFromNote());
    // The page count still comes from the layout: 4 lines -> 1/8.
    assertEquals(1, scene.pagesEighths());
  }

  @Test
  void secondsPerPageIsConfigurable() {
    var config =
        dev.scenecost.budget.config.ConfigLoader.fromText(
                "{\"page\": {\"secondsPerPage\": 80}}", "scenecost.json")
            .config();
    var film =
        new dev.scenecost.budget.BudgetEngine()
            .estimate(
                dev.scenecost.jfountain.FountainParser.parse("INT. KITCHEN - DAY\n\nAnna waits.\n"),
                config);
    // 1/8 page x 80 s = 10 s.
    assertEquals(10.0, film.scenes().get(0).screenSeconds(), 1e-9);
  }

  @Test
  void dualDialogueAddsOnlyTheLongerSide() {
    // ANNA speech: cue + 1 line + blank = 3; BEN ^ speech: cue + 2 lines + blank = 4, adds 4 - 3 =
    // 1.
    // heading 2 -> 2 + 3 + 1 = 6.
    SceneAnalysis analysis =
        analyse("INT. HALL - DAY\n\nANNA\nHi.\n\nBEN ^\nHello.\nHow are you?\n");
    assertEquals(6, analysis.lines());
  }

  static SceneAnalysis analyse(String fountain) {
    var screenplay = dev.scenecost.jfountain.FountainParser.parse(fountain);
    return new SceneAnalyzer(
            TestConfigs.simple(), new TokenCounter(), java.util.Set.of("ANNA", "BEN"))
        .analyze(screenplay.scenes().get(0));
  }
}
