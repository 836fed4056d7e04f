package dev.scenecost.budget.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How scenes are matched across drafts when numbers do not settle it. */
class DraftDiffTest {
  private static final String A =
      "INT. ATTIC - DAY\n\nLena opens a trunk of old letters and reads one by the window.\n\n";
  private static final String B =
      "EXT. PIER - NIGHT\n\nBruno casts a net into black water and waits for the tug.\n\n";
  private static final String C =
      "INT. GARAGE - DAY\n\nCelia tightens a bolt on the motorbike, grease to the elbows.\n\n";
  private static final String D =
      "EXT. FIELD - DUSK\n\nDario walks the fence line, counting the broken posts.\n\n";

  private static Draft draft(String name, String text) {
    Screenplay screenplay = FountainParser.parse(text);
    return new Draft(
        name, screenplay, new BudgetEngine().estimate(screenplay, ConfigLoader.defaults()));
  }

  /** "change labelBefore→labelAfter what" for every scene, in order. */
  private static List<String> summary(DraftDiff diff) {
    return diff.scenes().stream()
        .map(
            scene ->
                scene.change().id()
                    + " "
                    + scene.labelBefore()
                    + "→"
                    + scene.labelAfter()
                    + (scene.what().isEmpty() ? "" : " " + String.join(",", scene.what())))
        .toList();
  }

  @Test
  void aSceneMovedToTheEndIsTheOneThatMovedNotTheOthers() {
    DraftDiff diff = DraftDiff.compare(draft("old", A + B + C + D), draft("new", B + C + D + A));
    assertEquals(
        List.of("unchanged 2→1", "unchanged 3→2", "unchanged 4→3", "changed 1→4 moved"),
        summary(diff));
  }

  @Test
  void scenesRenumberedThroughoutAreMatchedByTheirText() {
    String old = A.replace("DAY\n", "DAY #1#\n") + B.replace("NIGHT\n", "NIGHT #2#\n");
    String renumbered = A.replace("DAY\n", "DAY #10#\n") + B.replace("NIGHT\n", "NIGHT #11#\n");
    assertEquals(
        List.of("changed 1→10 renumbered", "changed 2→11 renumbered"),
        summary(DraftDiff.compare(draft("old", old), draft("new", renumbered))));
  }

  @Test
  void aDifferentSceneThatTookAnOldNumberIsAddedAndTheOldOneCut() {
    String old = A.replace("DAY\n", "DAY #1#\n") + B.replace("NIGHT\n", "NIGHT #2#\n");
    String replaced = A.replace("DAY\n", "DAY #1#\n") + C.replace("DAY\n", "DAY #2#\n");
    assertEquals(
        List.of("unchanged 1→1", "cut 2→null", "added null→2"),
        summary(DraftDiff.compare(draft("old", old), draft("new", replaced))));
  }

  @Test
  void aRenamedAndLightlyEditedSceneIsStillItself() {
    String edited =
        "INT. LOFT - DAY\n\nLena opens a trunk of old letters and reads two by the window.\n\n";
    DraftDiff diff = DraftDiff.compare(draft("old", A + B), draft("new", edited + B));
    assertEquals("changed 1→1 heading", summary(diff).get(0));
    assertEquals("INT. ATTIC - DAY", diff.scenes().get(0).headingBefore());
  }
}
