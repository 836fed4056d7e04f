package dev.scenecost.budget.usage.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneMatcherTest {
  private static final SceneRef PIER = new SceneRef(0, "1", "EXT. PIER - NIGHT");
  private static final SceneRef KITCHEN = new SceneRef(1, null, "INT. KITCHEN - NIGHT");
  private static final SceneRef ATTIC = new SceneRef(2, "4A", "INT. ATTIC - DAY");
  private static final SceneRef HALL_1 = new SceneRef(3, null, "INT. HALL - DAY");
  private static final SceneRef HALL_2 = new SceneRef(4, null, "INT. HALL - DAY");

  private final SceneMatcher matcher =
      new SceneMatcher(List.of(PIER, KITCHEN, ATTIC, HALL_1, HALL_2));

  @Test
  void aSceneNumberMatchesHoweverItIsWritten() {
    for (String written : List.of("1", " 1 ", "#1#", "Scene 1", "sc. 1")) {
      assertEquals(List.of(PIER), matcher.candidates(written), written);
    }
    assertEquals(List.of(ATTIC), matcher.candidates("4a"));
  }

  @Test
  void aHeadingMatchesIgnoringCaseAndSpacing() {
    assertEquals(List.of(KITCHEN), matcher.candidates("int.  kitchen -   night"));
    // A numbered scene can still be found by its heading, e.g. a row written before numbering.
    assertEquals(List.of(PIER), matcher.candidates("ext. pier - night"));
  }

  @Test
  void unknownAndAmbiguousScenesAreReportedButStillCounted() {
    String text =
        "date,scene,modality,cost\n"
            + "2026-11-18,1,video,6.00\n"
            + "2026-11-18,int. kitchen - night,voice,0.50\n"
            + "2026-11-18,99,video,3.00\n"
            + "2026-11-18,INT. HALL - DAY,video,1.25\n"
            + "2026-11-19,#1#,images,0.40\n";
    Path file = Path.of("pier.fountain.usage.csv");
    UsageByScene usage = matcher.match(LedgerReader.parse(file, text));

    // Scene 1: video 6.00 and images 0.40.
    assertEquals(6.00, usage.actuals(0).get(Modality.VIDEO));
    assertEquals(0.40, usage.actuals(0).get(Modality.IMAGES));
    assertEquals(6.40, usage.actuals(0).total(), 1e-9);
    assertEquals(0.50, usage.actuals(1).get(Modality.VOICE));
    assertFalse(usage.hasUsage(3));

    assertEquals(List.of(4, 5), usage.problems().stream().map(LedgerProblem::line).toList());
    assertEquals(LedgerProblem.CODE_UNKNOWN_SCENE, usage.problems().get(0).code());
    assertTrue(usage.problems().get(0).message().contains("no scene \"99\""));
    assertEquals(LedgerProblem.CODE_AMBIGUOUS_SCENE, usage.problems().get(1).code());
    assertTrue(usage.problems().get(1).message().contains("any of 2 scenes"));
    assertTrue(usage.problems().stream().noneMatch(LedgerProblem::rowSkipped));
    // Unmatched rows still count: 3.00 + 1.25 = 4.25; the film has spent 6.00 + 0.50 + 4.25 +
    // 0.40 = 11.15.
    assertEquals(4.25, usage.unmatchedCost(), 1e-9);
    assertEquals(11.15, usage.totalCost(), 1e-9);
  }

  @Test
  void aShortenedHeadingGetsASuggestion() {
    String text = "date,scene,cost\n2026-11-18,int. kitchen,1.00\n2026-11-18,INT. H,1.00\n";
    UsageByScene usage = matcher.match(LedgerReader.parse(Path.of("x.usage.csv"), text));

    assertTrue(
        usage
            .problems()
            .get(0)
            .message()
            .endsWith("Did you mean scene (2) (INT. KITCHEN - NIGHT)? Write \"(2)\"."),
        usage.problems().get(0).message());
    // "INT. H" starts two headings (both halls): no guess.
    assertTrue(usage.problems().get(1).message().endsWith("exactly as in the screenplay."));
  }

  @Test
  void aNewRowNamesTheSceneByNumberWhenItHasOne() {
    assertEquals("1", PIER.ledgerLabel());
    assertEquals("INT. KITCHEN - NIGHT", KITCHEN.ledgerLabel());
    assertEquals("scene 4A (INT. ATTIC - DAY)", ATTIC.describe());
  }

  @Test
  void theLabelsTheReportShowsAreAccepted() {
    // Some scenes are numbered: a number names the numbered scene; a position is written (2).
    assertEquals(List.of(KITCHEN), matcher.candidates("(2)"));
    assertEquals(List.of(HALL_2), matcher.candidates("( 5 )"));
    assertEquals(List.of(), matcher.candidates("2"));
    assertEquals("(2)", matcher.label(KITCHEN));
    assertEquals("4A", matcher.label(ATTIC));
    // With no numbered scene, positions are the labels.
    SceneRef a = new SceneRef(0, null, "INT. A - DAY");
    SceneRef b = new SceneRef(1, null, "EXT. B - NIGHT");
    SceneMatcher unnumbered = new SceneMatcher(List.of(a, b));
    for (String written : List.of("1", "#1#", "Scene 1", "(1)")) {
      assertEquals(List.of(a), unnumbered.candidates(written), written);
    }
    assertEquals(List.of(), unnumbered.candidates("3"));
    assertEquals("2", unnumbered.label(b));
  }

  @Test
  void aLedgerRowNamingScene1OfAnUnnumberedScreenplayIsThatScenesSpend() {
    SceneMatcher unnumbered =
        new SceneMatcher(
            List.of(
                new SceneRef(0, null, "INT. KITCHEN - DAY"), new SceneRef(1, null, "EXT. YARD")));
    UsageByScene usage =
        unnumbered.match(
            LedgerReader.parse(
                Path.of("x.usage.csv"),
                "date,scene,modality,cost\n2026-11-18,1,video,2.50\n2026-11-18,2,voice,0.25\n"));
    assertEquals(List.of(), usage.problems());
    assertEquals(2.50, usage.actuals(0).total(), 1e-9);
    assertEquals(0.25, usage.actuals(1).total(), 1e-9);
  }

  @Test
  void anAmbiguousHeadingListsTheCandidatesByTheirLabels() {
    UsageByScene usage =
        matcher.match(
            LedgerReader.parse(
                Path.of("x.usage.csv"), "date,scene,cost\n2026-11-18,INT. HALL - DAY,1.00\n"));
    assertEquals(
        "\"INT. HALL - DAY\" could be any of 2 scenes: scene (4) (INT. HALL - DAY), scene (5)"
            + " (INT. HALL - DAY). This row counts in the film's spend but not in any scene's."
            + " Write the label of the one it is for, as the report shows it.",
        usage.problems().get(0).message());
  }

  @Test
  void aRowWrittenWithItsHeadingIsChargedToNoSceneOnceItsSceneHasMoved() {
    SceneRef kitchen = new SceneRef(0, null, "INT. KITCHEN - DAY");
    SceneRef yard = new SceneRef(1, null, "EXT. YARD - DAY");
    SceneMatcher before = new SceneMatcher(List.of(kitchen, yard));
    String written = before.written(yard);
    assertEquals("2 (EXT. YARD - DAY)", written);
    assertEquals(List.of(yard), before.candidates(written));
    // A scene inserted before the yard: scene 2 is now the new one, the yard is scene 3.
    SceneRef inserted = new SceneRef(1, null, "INT. BARN - NIGHT");
    SceneRef yardNow = new SceneRef(2, null, "EXT. YARD - DAY");
    SceneMatcher after = new SceneMatcher(List.of(kitchen, inserted, yardNow));
    UsageByScene usage =
        after.match(
            LedgerReader.parse(
                Path.of("x.usage.csv"),
                "date,scene,modality,cost\n2026-11-18," + written + ",video,4.00\n"));
    assertFalse(usage.hasUsage(1));
    assertFalse(usage.hasUsage(2));
    assertEquals(4.00, usage.unmatchedCost(), 1e-9);
    LedgerProblem problem = usage.problems().get(0);
    assertEquals(LedgerProblem.CODE_SCENE_MOVED, problem.code());
    assertEquals(
        "This row was written for \"2 (EXT. YARD - DAY)\", but scene 2 is now INT. BARN - NIGHT."
            + " The scene headed EXT. YARD - DAY is now scene 3. The row counts in the film's spend"
            + " but not in any scene's until its scene is corrected.",
        problem.message());
  }
}
