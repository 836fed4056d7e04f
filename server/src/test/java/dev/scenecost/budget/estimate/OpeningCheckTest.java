package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.config.PageLayout;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.Severity;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningCheckTest {

  private static List<Finding> check(String fountain) {
    return OpeningCheck.check(FountainParser.parse(fountain), PageLayout.US_LETTER);
  }

  @Test
  void anOpeningBeforeTheFirstHeadingIsNamedWithTheScreenTimeItLeavesOut() {
    // Seven one-line action paragraphs: 7 x (1 line + 1 blank) = 14 lines. 14 x 8 / 55 = 2.04,
    // so 2 eighths of a page: 2 x 60 s / 8 = 15 s.
    String opening = "A RIVER.\n\nWater.\n\nA fish.\n\nA hook.\n\nA lure.\n\nA claw.\n\nGone.\n\n";
    List<Finding> findings = check("FADE IN:\n\n" + opening + "EXT. RIVER BANK - DAY\n\nMud.\n");

    assertEquals(1, findings.size());
    Finding finding = findings.get(0);
    assertEquals(FindingCode.TEXT_BEFORE_FIRST_SCENE, finding.code());
    assertEquals(Severity.INFORMATION, finding.severity());
    assertEquals(null, finding.sceneIndex());
    // Underlines the first thing that would be generated: "A RIVER." on line 2, not FADE IN:.
    assertEquals(SourceRange.of(2, 0, 2, 8), finding.range());
    assertEquals(
        "The opening before the first scene heading (about 15s of screen time) belongs to no "
            + "scene, so it is not in the estimate. Put a scene heading above it, such as EXT. "
            + "RIVER - DAY, to budget it.",
        finding.message());
  }

  @Test
  void aScreenplayWithoutAnyHeadingIsToldHowScenesStart() {
    List<Finding> findings = check("Just notes to myself about a film.\n");

    assertEquals(1, findings.size());
    assertEquals(
        "There is no scene heading yet, so nothing is estimated: Scenecost budgets scene by "
            + "scene. Start each scene with a heading such as INT. KITCHEN - DAY.",
        findings.get(0).message());
  }

  @Test
  void aTransitionSectionsAndNotesAloneAreNothingToGenerate() {
    assertEquals(
        List.of(),
        check(
            "# ACT ONE\n\n= The setup.\n\n[[tier: hero]]\n\nFADE IN:\n\nINT. HOUSE - DAY\n\nA.\n"));
    assertEquals(List.of(), check(""));
  }
}
