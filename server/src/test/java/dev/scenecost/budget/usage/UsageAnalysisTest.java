package dev.scenecost.budget.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.usage.calibration.SceneCalibrationInput;
import dev.scenecost.budget.usage.forecast.Progress;
import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.UsageEntry;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's estimate and the ledger, joined: the adapter the editor and report rely on. */
class UsageAnalysisTest {
  @TempDir Path folder;

  private static final String SCRIPT =
      String.join(
          "\n",
          "Title: PIER",
          "Budget: $100",
          "",
          "EXT. PIER - NIGHT #1#",
          "",
          "[[status: done]]",
          "[[duration: 60s]]",
          "",
          "Waves hit the pier. MARA watches.",
          "",
          "MARA",
          "Not tonight.",
          "",
          "INT. KITCHEN - NIGHT",
          "",
          "[[duration: 120s]]",
          "",
          "Mara makes tea.",
          "");

  @Test
  void joinsTheEstimateTheStatusNotesAndTheLedger() throws Exception {
    Path script = folder.resolve("pier.fountain");
    Files.writeString(script, SCRIPT);
    Screenplay parsed = FountainParser.parse(SCRIPT);
    FilmEstimate estimate =
        new BudgetEngine().estimate(parsed, ConfigLoader.load(script, folder).config());
    UsageTracker tracker = new UsageTracker();
    tracker.record(
        script,
        List.of(
            UsageEntry.of(
                LocalDate.of(2026, 11, 18), "1", Modality.VIDEO, "veo", 30.0, "seconds", 9.0, ""),
            UsageEntry.of(
                LocalDate.of(2026, 11, 18),
                "INT. KITCHEN - NIGHT",
                Modality.VOICE,
                "tts",
                null,
                "",
                0.5,
                "")));

    UsageAnalysis analysis = UsageAnalysis.of(estimate, parsed, tracker.load(script, parsed));

    List<SceneCalibrationInput> plans = analysis.plans();
    assertEquals(2, plans.size());
    assertTrue(plans.get(0).done());
    assertFalse(plans.get(1).done());
    assertEquals(60, plans.get(0).screenSeconds());
    assertEquals(120, plans.get(1).screenSeconds());
    for (SceneEstimate scene : estimate.scenes()) {
      SceneCalibrationInput plan = plans.get(scene.index());
      // The plan carries the engine's money per modality unchanged.
      assertEquals(scene.modalities().video().amount(), plan.estimate().get(Modality.VIDEO), 1e-12);
      assertEquals(
          scene.modalities().images().amount(), plan.estimate().get(Modality.IMAGES), 1e-12);
      assertEquals(scene.modalities().voice().amount(), plan.estimate().get(Modality.VOICE), 1e-12);
      assertEquals(scene.modalities().text().amount(), plan.estimate().get(Modality.TEXT), 1e-12);
      assertEquals(scene.cost().amount(), plan.estimate().total(), 1e-9);
    }
    assertEquals(9.0, plans.get(0).actual().get(Modality.VIDEO));
    assertEquals(0.5, plans.get(1).actual().get(Modality.VOICE));

    assertEquals(List.of(plans.get(0).scene()), analysis.calibration().basis());
    // Video: spent 9 against scene 1's video estimate.
    double videoEstimate = estimate.scenes().get(0).modalities().video().amount();
    assertEquals(9.0 / videoEstimate, analysis.calibration().factor(Modality.VIDEO), 1e-9);
    assertEquals(Progress.IN_PROGRESS, analysis.scene(1).orElseThrow().progress());
    assertEquals(estimate.contingencyPercent(), analysis.forecast().contingencyPercent());
    assertEquals(100.0, analysis.forecast().budget());
    // Spent: 9 + 0.5.
    assertEquals(9.5, analysis.forecast().spent(), 1e-9);
    // The test scene: 9 for 60 s of a 180 s film = 27 before contingency.
    assertEquals(27.0, analysis.testScene(0).orElseThrow().filmCost(), 1e-9);
  }

  @Test
  void findsATestSceneByNumberHeadingOrPosition() {
    Screenplay numbered = FountainParser.parse(SCRIPT);
    assertEquals(0, UsagePlans.find(numbered, "1").orElseThrow().index());
    assertEquals(1, UsagePlans.find(numbered, "int. kitchen - night").orElseThrow().index());
    // Positions only count in a screenplay without scene numbers.
    assertTrue(UsagePlans.find(numbered, "2").isEmpty());
    Screenplay plain = FountainParser.parse("INT. A - DAY\n\nx\n\nINT. B - DAY\n\ny\n");
    assertEquals(1, UsagePlans.find(plain, "2").orElseThrow().index());
  }
}
