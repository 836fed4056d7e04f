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
            .endsWith("Did you mean INT. KITCHEN - NIGHT? Write \"INT. KITCHEN - NIGHT\"."),
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
}
