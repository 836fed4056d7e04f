package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.TierSource;
import dev.scenecost.jfountain.FountainParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierTest {
  @Test
  void aTierNoteChoosesTheScenesTier() {
    SceneEstimate scene =
        TestConfigs.estimate("INT. HALL - DAY\n\n[[tier: Hero]]\n\nQuiet.\n").scenes().get(0);
    assertEquals("hero", scene.tier());
    assertEquals(TierSource.NOTE, scene.tierSource());
    // 7.5 s (heading 2 + action 2 = 4 lines -> 1/8) x 3 = 22.5 s x $0.40 = $9.00.
    assertEquals(9.0, scene.modalities().video().amount(), 1e-9);
  }

  @Test
  void anInlineTierNoteOnTheHeadingCountsToo() {
    SceneEstimate scene =
        TestConfigs.estimate("INT. HALL - DAY [[tier: background]]\n\nQuiet.\n").scenes().get(0);
    assertEquals("background", scene.tier());
  }

  @Test
  void theDefaultTierCanBeChanged() {
    var config = TestConfigs.simple().withDefaultTier("background");
    SceneEstimate scene =
        new BudgetEngine()
            .estimate(FountainParser.parse("INT. HALL - DAY\n\nQuiet.\n"), config)
            .scenes()
            .get(0);
    assertEquals("background", scene.tier());
    assertEquals(TierSource.DEFAULT, scene.tierSource());
    // 22.5 s x $0.02 = $0.45.
    assertEquals(0.45, scene.modalities().video().amount(), 1e-9);
  }

  @Test
  void anUnknownTierIsReportedWithTheClosestNamesAndTheDefaultApplies() {
    var film = TestConfigs.estimate("INT. HALL - DAY\n\n[[tier: heor]]\n\nQuiet.\n");
    SceneEstimate scene = film.scenes().get(0);
    assertEquals("standard", scene.tier());
    var finding = film.findings().get(0);
    assertEquals(FindingCode.UNKNOWN_TIER, finding.code());
    assertEquals("hero", finding.suggestions().get(0));
    // The finding underlines the note: line 2, columns 0-14.
    assertEquals(dev.scenecost.jfountain.SourceRange.of(2, 0, 2, 14), finding.range());
  }

  @Test
  void quotesCoverEveryTierInOrderAndAlternativesOnlyCheaperOnes() {
    SceneEstimate scene =
        TestConfigs.estimate("INT. HALL - DAY\n\n[[tier: hero]]\n\nQuiet.\n").scenes().get(0);
    assertEquals(
        List.of("hero", "standard", "background"),
        scene.quotes().stream().map(q -> q.tier()).toList());
    // Most expensive first among the cheaper ones.
    assertEquals(
        List.of("standard", "background"),
        scene.alternatives().stream().map(q -> q.tier()).toList());
  }
}
