package dev.scenecost.budget.usage;

import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.usage.calibration.Calibration;
import dev.scenecost.budget.usage.calibration.Calibrator;
import dev.scenecost.budget.usage.calibration.SceneCalibrationInput;
import dev.scenecost.budget.usage.calibration.TestSceneProjection;
import dev.scenecost.budget.usage.forecast.Forecast;
import dev.scenecost.budget.usage.forecast.Forecaster;
import dev.scenecost.budget.usage.forecast.SceneForecast;
import dev.scenecost.jfountain.Screenplay;
import java.util.List;
import java.util.Optional;

/**
 * Estimate meets reality for one screenplay: per scene the actual spend beside the raw and the
 * calibrated estimate, and the forecast against the budget. What the code lens, hover, report and
 * budget view show.
 *
 * @param plans per scene: estimate per modality, screen time, done or not, actual spend
 * @param calibration the factors from the scenes marked {@code [[status: done]]}
 * @param forecast spent + calibrated remaining + contingency, against the budget
 * @param usage the ledger behind the actuals, with its problems
 * @param currencySymbol what amounts print with
 */
public record UsageAnalysis(
    List<SceneCalibrationInput> plans,
    Calibration calibration,
    Forecast forecast,
    UsageSnapshot usage,
    String currencySymbol) {

  public UsageAnalysis {
    plans = List.copyOf(plans);
  }

  /** Analyses the film: calibrates from its finished scenes and forecasts. */
  public static UsageAnalysis of(
      FilmEstimate estimate, Screenplay screenplay, UsageSnapshot usage) {
    List<SceneCalibrationInput> plans = UsagePlans.from(estimate, screenplay, usage);
    Calibration calibration = Calibrator.fromFinishedScenes(plans);
    Forecast forecast =
        Forecaster.forecast(
            plans,
            usage.byScene().unmatchedCost(),
            calibration,
            estimate.contingencyPercent(),
            estimate.budget());
    return new UsageAnalysis(plans, calibration, forecast, usage, estimate.currencySymbol());
  }

  /** The scene at {@code index} in the forecast (actual, raw and calibrated estimate...). */
  public Optional<SceneForecast> scene(int index) {
    return forecast.scene(index);
  }

  /** The classic projection from one test scene. */
  public Optional<TestSceneProjection> testScene(int index) {
    double filmSeconds = plans.stream().mapToDouble(SceneCalibrationInput::screenSeconds).sum();
    return plans.stream()
        .filter(p -> p.scene().index() == index)
        .findFirst()
        .map(
            p ->
                new TestSceneProjection(
                    p.scene(),
                    p.actual().total(),
                    p.screenSeconds(),
                    filmSeconds,
                    forecast.contingencyPercent(),
                    forecast.rawEstimate()));
  }

  /** The forecast if the film went on at the rate of one test scene (by modality). */
  public Forecast forecastFromScene(int index) {
    return Forecaster.forecast(
        plans,
        usage.byScene().unmatchedCost(),
        Calibrator.fromScene(plans, index),
        forecast.contingencyPercent(),
        forecast.budget());
  }
}
