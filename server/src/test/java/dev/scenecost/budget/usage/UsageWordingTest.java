package dev.scenecost.budget.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.usage.calibration.Calibration;
import dev.scenecost.budget.usage.calibration.Calibrator;
import dev.scenecost.budget.usage.calibration.SceneCalibrationInput;
import dev.scenecost.budget.usage.calibration.Scenes;
import dev.scenecost.budget.usage.forecast.Forecast;
import dev.scenecost.budget.usage.forecast.Forecaster;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageWordingTest {
  private final UsageWording words = new UsageWording("$");
  private final Calibration calibration = Calibrator.fromFinishedScenes(Scenes.film());
  private final Forecast forecast = Forecaster.forecast(Scenes.film(), 2.0, calibration, 20, 70.0);

  @Test
  void lensTextPerScene() {
    // Scene 1 (done): 19.35 against 13.50 = +43.3%.
    assertEquals(
        Optional.of("spent $19.35 · est. $13.50 · 43% over estimate"),
        words.sceneLens(forecast.scenes().get(0), calibration));
    // Scene 2: 4 spent, raw 24, calibrated 35.40.
    assertEquals(
        Optional.of("spent $4.00 of est. $24.00 · calibrated $35.40"),
        words.sceneLens(forecast.scenes().get(1), calibration));
    // Scene 3: nothing spent; calibrated 8.575 rounds half up to $8.58.
    assertEquals(
        Optional.of("calibrated est. $8.58"),
        words.sceneLens(forecast.scenes().get(2), calibration));
    // Without calibration an untouched scene adds nothing to the lens.
    assertEquals(
        Optional.empty(),
        words.sceneLens(
            Forecaster.forecast(Scenes.film(), 0, Calibration.NONE, 20, null).scenes().get(3),
            Calibration.NONE));
  }

  @Test
  void theOverBudgetDiagnosticNamesWhereTheMoneyRunsOut() {
    // Forecast 98.10 against 70: 28.10 over; running total passes 70 in scene 3.
    assertEquals(
        Optional.of(
            "At the rate of the finished scenes the film will cost $98.10, "
                + "$28.10 over its $70.00 budget; the money runs out at scene 3 (EXT. ROAD - DAY). "
                + "Switch the remaining scenes to a cheaper tier, cut, or raise the budget."),
        words.overBudget(forecast));
    assertEquals(
        Optional.empty(),
        words.overBudget(Forecaster.forecast(Scenes.film(), 2.0, calibration, 20, 100.0)));
  }

  @Test
  void theForecastInSentences() {
    // Spent 25.35 (2.00 unmatched); remaining 60.625 -> $60.63, with 20%: 72.75; total 98.10.
    assertEquals(
        List.of(
            "Spent so far: $25.35 ($2.00 of it on rows that name no scene).",
            "Still to spend at the rate of the finished scenes: $60.63, $72.75 with 20% contingency.",
            "Forecast: $98.10, $28.10 over the $70.00 budget.",
            "At this rate the money runs out at scene 3 (EXT. ROAD - DAY)."),
        words.forecastSummary(forecast));
  }

  @Test
  void hoverShowsSpendBesideTheEstimatePerModality() {
    // Scene 2: estimate video 20, images 1, voice 2, text 1 (24); spent video 4; calibrated
    // 35.40, of which 31.40 is still to spend.
    assertEquals(
        List.of(
            "**Spent:** $4.00 of est. $24.00 (83% under estimate) · in progress",
            "",
            "| | estimate | spent |",
            "|---|---:|---:|",
            "| video | $20.00 | $4.00 |",
            "| images | $1.00 | $0.00 |",
            "| voice | $2.00 | $0.00 |",
            "| text | $1.00 | $0.00 |",
            "",
            "**Calibrated estimate:** $35.40 (from 1 finished scene); still to spend $31.40 before "
                + "contingency"),
        words.sceneHover(forecast.scenes().get(1), Scenes.film().get(1), calibration));
  }

  @Test
  void versusEstimate() {
    assertEquals("on estimate", words.versus(10.02, 10));
    assertEquals("12% under estimate", words.versus(8.8, 10));
    assertEquals("not in the estimate", words.versus(1, 0));
  }

  @Test
  void saysWhyTheRawEstimateStandsWhenTheFinishedSceneHasNothingRecorded() {
    // Scene 1 is marked done but its spend is not in the ledger yet: nothing calibrates.
    List<SceneCalibrationInput> nothingRecorded = Scenes.filmWithNothingRecorded();
    Forecast uncalibrated =
        Forecaster.forecast(
            nothingRecorded, 0, Calibrator.fromFinishedScenes(nothingRecorded), 20, null);

    assertEquals(
        "scene 1 (EXT. PIER - NIGHT) is marked done, but the ledger has no spend for it yet",
        words.whyUncalibrated(uncalibrated));
  }

  @Test
  void saysWhyTheRawEstimateStandsWhenNoSceneIsDone() {
    List<SceneCalibrationInput> nothingDone = Scenes.filmWithNothingDone();
    Forecast uncalibrated = Forecaster.forecast(nothingDone, 0, Calibration.NONE, 20, null);

    assertEquals("no scene is marked [[status: done]] yet", words.whyUncalibrated(uncalibrated));
  }
}
