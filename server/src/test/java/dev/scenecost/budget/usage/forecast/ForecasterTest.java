package dev.scenecost.budget.usage.forecast;

import static dev.scenecost.budget.usage.calibration.Scenes.amounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.usage.calibration.Calibration;
import dev.scenecost.budget.usage.calibration.Calibrator;
import dev.scenecost.budget.usage.calibration.SceneCalibrationInput;
import dev.scenecost.budget.usage.calibration.Scenes;
import dev.scenecost.budget.usage.ledger.SceneRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecasterTest {
  private static final double EPS = 1e-9;

  private static Forecast calibrated(Double budget) {
    // 2.00 spent on rows that name no scene; 20% contingency.
    return Forecaster.forecast(
        Scenes.film(), 2.0, Calibrator.fromFinishedScenes(Scenes.film()), 20, budget);
  }

  @Test
  void spentSoFarPlusTheCalibratedRestWithContingency() {
    Forecast forecast = calibrated(100.0);

    // Spent: 2 unmatched + 19.35 (scene 1) + 4 (scene 2) = 25.35.
    assertEquals(25.35, forecast.spent(), EPS);
    assertEquals(2.0, forecast.unmatchedSpent(), EPS);
    // Raw: 13.5 + 24 + 5.75 + 14 = 57.25.
    assertEquals(57.25, forecast.rawEstimate(), EPS);
    // Calibrated (factors video 1.5, images 1, voice 0.5, text 1, other 0.1 of the estimate):
    // scene 1 19.35; scene 2 35.4; scene 3 7.5 + 0.25 + 0.25 + 0.575 = 8.575;
    // scene 4 18 + 0.75 + 0.5 + 1.4 = 20.65. Sum 83.975.
    assertEquals(83.975, forecast.calibratedEstimate(), EPS);
    // Remaining: scene 2 35.4 - 4 = 31.4, scene 3 8.575, scene 4 20.65 = 60.625.
    assertEquals(60.625, forecast.remaining(), EPS);
    assertEquals(12.125, forecast.remainingContingency(), EPS); // 60.625 x 20%
    assertEquals(98.10, forecast.total(), EPS); // 25.35 + 60.625 + 12.125
    assertTrue(forecast.fits());
    assertEquals(-1.90, forecast.overBy().orElseThrow(), EPS);
    assertNull(forecast.runsOutAt());
  }

  @Test
  void theBurnDownScenebyScene() {
    List<SceneForecast> scenes = calibrated(100.0).scenes();

    assertEquals(
        List.of(Progress.DONE, Progress.IN_PROGRESS, Progress.NOT_STARTED, Progress.NOT_STARTED),
        scenes.stream().map(SceneForecast::progress).toList());
    // Scene 1: done, 19.35; running 2 + 19.35 = 21.35, 78.65 of 100 left.
    assertEquals(0, scenes.get(0).remaining(), EPS);
    assertEquals(21.35, scenes.get(0).cumulative(), EPS);
    assertEquals(78.65, scenes.get(0).budgetLeft(), EPS);
    assertEquals(19.35 - 13.5, scenes.get(0).variance(), EPS);
    // Scene 2: 4 + 31.4 x 1.2 = 41.68; running 63.03.
    assertEquals(41.68, scenes.get(1).projected(), EPS);
    assertEquals(63.03, scenes.get(1).cumulative(), EPS);
    // Scene 3: 8.575 x 1.2 = 10.29; running 73.32. Scene 4: 20.65 x 1.2 = 24.78; running 98.10.
    assertEquals(73.32, scenes.get(2).cumulative(), EPS);
    assertEquals(98.10, scenes.get(3).cumulative(), EPS);
    assertEquals(1.90, scenes.get(3).budgetLeft(), EPS);
  }

  @Test
  void theSceneWhereTheMoneyRunsOut() {
    Forecast forecast = calibrated(70.0);

    // Running totals 21.35, 63.03, 73.32: the budget of 70 runs out in scene 3.
    assertEquals(Scenes.THREE, forecast.runsOutAt());
    assertFalse(forecast.fits());
    assertEquals(28.10, forecast.overBy().orElseThrow(), EPS); // 98.10 - 70
  }

  @Test
  void withoutCalibrationTheRawEstimateIsProjected() {
    Forecast forecast = Forecaster.forecast(Scenes.film(), 0, Calibration.NONE, 20, null);

    // Scene 1 done (19.35); scene 2 24 - 4 = 20 left; scene 3 5.75; scene 4 14.
    // Remaining 39.75, contingency 7.95; spent 23.35; total 23.35 + 39.75 + 7.95 = 71.05.
    assertEquals(39.75, forecast.remaining(), EPS);
    assertEquals(71.05, forecast.total(), EPS);
    assertTrue(forecast.fits());
    assertTrue(forecast.overBy().isEmpty());
    assertNull(forecast.scenes().get(0).budgetLeft());
  }

  @Test
  void aSceneAlreadyOverItsCalibratedEstimateNeedsNothingMore() {
    SceneRef first = new SceneRef(0, "1", "A");
    SceneRef second = new SceneRef(1, "2", "B");
    // Scene 1 is finished: $10 of video against $20 estimated, x0.5. Scene 2 (video only, $10
    // estimated) calibrates to 10 x 0.5 = 5 but has already spent 6: nothing remains, not -1.
    List<SceneCalibrationInput> plans =
        List.of(
            new SceneCalibrationInput(
                first, 60, amounts(20, 0, 0, 0, 0), true, amounts(10, 0, 0, 0, 0)),
            new SceneCalibrationInput(
                second, 60, amounts(10, 0, 0, 0, 0), false, amounts(6, 0, 0, 0, 0)));

    Forecast forecast =
        Forecaster.forecast(plans, 0, Calibrator.fromFinishedScenes(plans), 0, null);

    assertEquals(5.0, forecast.scenes().get(1).calibratedEstimate(), EPS);
    assertEquals(0.0, forecast.scenes().get(1).remaining(), EPS);
  }

  @Test
  void aTestSceneCalibratesOnlyWhatItRecorded() {
    // Calibrating from scene 2 alone: video 4 / 20 = 0.2; nothing is recorded for its images,
    // voice or text, so they keep their raw estimate. Scene 2 calibrates to 20 x 0.2 + 1 + 2 + 1
    // = 8, of which 4 is spent: 4 remains.
    Forecast forecast =
        Forecaster.forecast(Scenes.film(), 0, Calibrator.fromScene(Scenes.film(), 1), 0, null);

    assertEquals(8.0, forecast.scenes().get(1).calibratedEstimate(), EPS);
    assertEquals(4.0, forecast.scenes().get(1).remaining(), EPS);
  }
}
