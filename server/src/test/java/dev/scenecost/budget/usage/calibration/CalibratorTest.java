package dev.scenecost.budget.usage.calibration;

import static dev.scenecost.budget.usage.calibration.Scenes.amounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.ModalityAmounts;
import dev.scenecost.budget.usage.ledger.SceneRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibratorTest {
  private static final double EPS = 1e-9;

  @Test
  void actualOverEstimatePerModalityFromTheFinishedScene() {
    Calibration calibration = Calibrator.fromFinishedScenes(Scenes.film());

    assertEquals(List.of(Scenes.ONE), calibration.basis());
    assertEquals(1.5, calibration.factor(Modality.VIDEO), EPS); // 15 / 10
    assertEquals(1.0, calibration.factor(Modality.IMAGES), EPS); // 2 / 2
    assertEquals(0.5, calibration.factor(Modality.VOICE), EPS); // 0.5 / 1
    assertEquals(1.0, calibration.factor(Modality.TEXT), EPS); // 0.5 / 0.5
    // Other is not estimated: 1.35 spent per 13.5 of whole estimate = 0.1.
    assertEquals(0.1, calibration.factor(Modality.OTHER), EPS);
    // 19.35 spent / 13.5 estimated = 1.4333...
    assertEquals(19.35 / 13.5, calibration.overallRatio(), EPS);
  }

  @Test
  void theCalibratedEstimateOfAnUnfinishedScene() {
    Calibration calibration = Calibrator.fromFinishedScenes(Scenes.film());

    // Scene 2: video 20 x 1.5 = 30, images 1 x 1 = 1, voice 2 x 0.5 = 1, text 1 x 1 = 1,
    // other 24 x 0.1 = 2.4; total 35.4.
    ModalityAmounts scene2 = calibration.apply(amounts(20, 1, 2, 1, 0));
    assertEquals(30, scene2.get(Modality.VIDEO), EPS);
    assertEquals(1, scene2.get(Modality.VOICE), EPS);
    assertEquals(2.4, scene2.get(Modality.OTHER), EPS);
    assertEquals(35.4, scene2.total(), EPS);
    // The finished scene itself calibrates to exactly what it cost: 15 + 2 + 0.5 + 0.5 + 1.35.
    assertEquals(19.35, calibration.apply(amounts(10, 2, 1, 0.5, 0)).total(), EPS);
  }

  @Test
  void ratiosAreOfSumsSoBigScenesWeighMore() {
    SceneRef a = new SceneRef(0, "1", "A");
    SceneRef b = new SceneRef(1, "2", "B");
    List<SceneCalibrationInput> plans =
        List.of(
            new SceneCalibrationInput(
                a, 60, amounts(10, 0, 0, 0, 0), true, amounts(20, 0, 0, 0, 0)),
            new SceneCalibrationInput(
                b, 60, amounts(30, 0, 0, 0, 0), true, amounts(30, 0, 0, 0, 0)));

    // (20 + 30) / (10 + 30) = 1.25, not the mean of 2.0 and 1.0.
    assertEquals(1.25, Calibrator.fromFinishedScenes(plans).factor(Modality.VIDEO), EPS);
  }

  @Test
  void withoutAFinishedSceneOrAnEstimateToCompareTheRawEstimateStands() {
    List<SceneCalibrationInput> nothingDone = Scenes.filmWithNothingDone();
    Calibration none = Calibrator.fromFinishedScenes(nothingDone);
    assertFalse(none.calibrated());
    assertEquals(24, none.apply(amounts(20, 1, 2, 1, 0)).total(), EPS);

    // Voice was spent in the finished scene but never estimated: no ratio, factor 1.
    SceneRef a = new SceneRef(0, "1", "A");
    Calibration noVoiceEstimate =
        Calibrator.fromFinishedScenes(
            List.of(
                new SceneCalibrationInput(
                    a, 60, amounts(10, 0, 0, 0, 0), true, amounts(10, 0, 3, 0, 0))));
    assertTrue(noVoiceEstimate.factors().get(Modality.VOICE).ratio().isEmpty());
    assertEquals(1.0, noVoiceEstimate.factor(Modality.VOICE), EPS);
  }

  @Test
  void aChosenTestSceneCalibratesEvenIfNotMarkedDone() {
    Calibration fromScene2 = Calibrator.fromScene(Scenes.film(), 1);

    assertEquals(List.of(Scenes.TWO), fromScene2.basis());
    // Scene 2 spent 4 on video against 20 estimated: 0.2. Nothing is recorded for its images
    // yet, which says nothing about what they cost: their raw estimate stands (factor 1).
    assertEquals(0.2, fromScene2.factor(Modality.VIDEO), EPS);
    assertEquals(1.0, fromScene2.factor(Modality.IMAGES), EPS);
  }

  @Test
  void aSceneMarkedDoneWithNothingRecordedCalibratesNothing() {
    // Scene 1 is finished but the ledger has no row for it yet: no basis, the raw estimate
    // stands. Before this rule every modality calibrated to 0 / estimate = x0 and the forecast
    // read $0.
    List<SceneCalibrationInput> nothingRecorded = Scenes.filmWithNothingRecorded();

    Calibration calibration = Calibrator.fromFinishedScenes(nothingRecorded);

    assertFalse(calibration.calibrated());
    // Scene 2's raw estimate: 20 + 1 + 2 + 1 + 0 = 24, unchanged.
    assertEquals(24, calibration.apply(amounts(20, 1, 2, 1, 0)).total(), EPS);
  }

  @Test
  void aModalityTheFinishedSceneRecordedNothingForKeepsItsRawEstimate() {
    SceneRef a = new SceneRef(0, "1", "A");
    // Video logged ($30 against $20 estimated: x1.5); the voices ($2 estimated) not logged yet.
    Calibration videoOnly =
        Calibrator.fromFinishedScenes(
            List.of(
                new SceneCalibrationInput(
                    a, 60, amounts(20, 0, 2, 0, 0), true, amounts(30, 0, 0, 0, 0))));

    assertEquals(1.5, videoOnly.factor(Modality.VIDEO), EPS);
    assertEquals(1.0, videoOnly.factor(Modality.VOICE), EPS);
    // Another scene estimated at video 10 and voice 4: 10 x 1.5 + 4 x 1 = 19.
    assertEquals(19, videoOnly.apply(amounts(10, 0, 4, 0, 0)).total(), EPS);
  }

  @Test
  void theClassicTestSceneProjection() {
    // Scene 1 cost 19.35 for 60 s: 19.35 a screen minute. The film runs 60 + 120 + 30 + 90 =
    // 300 s = 5 minutes: 5 x 19.35 = 96.75, plus 20% contingency 19.35 = 116.10.
    TestSceneProjection projection = new TestSceneProjection(Scenes.ONE, 19.35, 60, 300, 20, 57.25);

    assertEquals(19.35, projection.costPerScreenMinute(), EPS);
    assertEquals(96.75, projection.filmCost(), EPS);
    assertEquals(19.35, projection.contingency(), EPS);
    assertEquals(116.10, projection.projection(), EPS);
    assertEquals(0, new TestSceneProjection(Scenes.ONE, 5, 0, 300, 20, 57.25).projection());
  }
}
