package dev.scenecost.budget.usage.calibration;

import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.SceneRef;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Computes the calibration from finished scenes. Ratios are of sums (all finished scenes' actual
 * over all their estimate, per modality), so a large scene weighs more than a short one and a scene
 * estimated at almost nothing cannot produce a wild ratio.
 *
 * <p>Only spend that was recorded calibrates. A scene marked done with nothing in the ledger yet is
 * left out of the basis, and a modality the basis recorded nothing for keeps factor 1: a writer who
 * has logged the test scene's video but not yet its voices has not shown that voices are free, and
 * calibrating them to zero would make the forecast promise money the film does not have.
 */
public final class Calibrator {
  private Calibrator() {}

  /** Calibrates from the scenes marked done. */
  public static Calibration fromFinishedScenes(List<SceneCalibrationInput> plans) {
    return from(plans, SceneCalibrationInput::done);
  }

  /** Calibrates from one chosen test scene, finished or not. */
  public static Calibration fromScene(List<SceneCalibrationInput> plans, int sceneIndex) {
    return from(plans, plan -> plan.scene().index() == sceneIndex);
  }

  static Calibration from(
      List<SceneCalibrationInput> plans, Predicate<SceneCalibrationInput> inBasis) {
    List<SceneCalibrationInput> basis =
        plans.stream().filter(inBasis).filter(plan -> !plan.actual().isZero()).toList();
    if (basis.isEmpty()) {
      return Calibration.NONE;
    }
    Map<Modality, double[]> sums = new EnumMap<>(Modality.class);
    double wholeEstimate = 0;
    for (SceneCalibrationInput plan : basis) {
      wholeEstimate += plan.estimate().total();
      for (Modality modality : Modality.values()) {
        double actual = plan.actual().get(modality);
        double estimate = plan.estimate().get(modality);
        if (actual != 0) {
          double[] sum = sums.computeIfAbsent(modality, m -> new double[2]);
          sum[0] += actual;
          sum[1] += estimate;
        }
      }
    }
    Map<Modality, ModalityFactor> factors = new EnumMap<>(Modality.class);
    for (Map.Entry<Modality, double[]> sum : sums.entrySet()) {
      Modality modality = sum.getKey();
      // The engine never estimates "other" (music, upscaling...): compare it with the whole
      // estimate, so future scenes carry the same share of it.
      double estimate = modality == Modality.OTHER ? wholeEstimate : sum.getValue()[1];
      factors.put(modality, new ModalityFactor(modality, sum.getValue()[0], estimate));
    }
    List<SceneRef> scenes = basis.stream().map(SceneCalibrationInput::scene).toList();
    return new Calibration(scenes, factors);
  }
}
