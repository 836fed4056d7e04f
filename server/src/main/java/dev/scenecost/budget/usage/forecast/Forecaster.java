package dev.scenecost.budget.usage.forecast;

import dev.scenecost.budget.usage.calibration.Calibration;
import dev.scenecost.budget.usage.calibration.SceneCalibrationInput;
import dev.scenecost.budget.usage.ledger.SceneRef;
import java.util.ArrayList;
import java.util.List;

/** Projects the film's final spend from the ledger, the estimate and a calibration. */
public final class Forecaster {
  /** Amounts within half a cent of the budget count as on budget, not over. */
  static final double CENT = 0.01;

  private Forecaster() {}

  /**
   * @param plans every scene in screenplay order
   * @param unmatchedSpent ledger spend that belongs to no scene
   * @param calibration factors to apply (use {@link Calibration#NONE} for the raw estimate)
   * @param contingencyPercent the film's contingency (25 = 25%), on what remains to be spent
   * @param budget the film's budget, or null
   */
  public static Forecast forecast(
      List<SceneCalibrationInput> plans,
      double unmatchedSpent,
      Calibration calibration,
      double contingencyPercent,
      Double budget) {
    double contingency = contingencyPercent / 100;
    List<SceneForecast> scenes = new ArrayList<>();
    double spent = unmatchedSpent;
    double raw = 0;
    double calibrated = 0;
    double remaining = 0;
    double cumulative = unmatchedSpent;
    SceneRef runsOutAt = null;
    for (SceneCalibrationInput plan : plans) {
      double sceneRaw = plan.estimate().total();
      double sceneCalibrated = calibration.apply(plan.estimate()).total();
      double actual = plan.actual().total();
      Progress progress =
          plan.done()
              ? Progress.DONE
              : plan.actual().isZero() ? Progress.NOT_STARTED : Progress.IN_PROGRESS;
      double sceneRemaining = plan.done() ? 0 : Math.max(0, sceneCalibrated - actual);
      double projected = actual + sceneRemaining * (1 + contingency);
      cumulative += projected;
      Double left = budget == null ? null : budget - cumulative;
      if (runsOutAt == null && left != null && left < -CENT / 2) {
        runsOutAt = plan.scene();
      }
      scenes.add(
          new SceneForecast(
              plan.scene(),
              progress,
              sceneRaw,
              sceneCalibrated,
              actual,
              sceneRemaining,
              projected,
              cumulative,
              left));
      spent += actual;
      raw += sceneRaw;
      calibrated += sceneCalibrated;
      remaining += sceneRemaining;
    }
    double remainingContingency = remaining * contingency;
    return new Forecast(
        spent,
        unmatchedSpent,
        raw,
        calibrated,
        remaining,
        contingencyPercent,
        remainingContingency,
        spent + remaining + remainingContingency,
        budget,
        scenes,
        runsOutAt,
        calibration);
  }
}
