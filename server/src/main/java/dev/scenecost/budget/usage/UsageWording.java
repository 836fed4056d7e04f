package dev.scenecost.budget.usage;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.usage.calibration.Calibration;
import dev.scenecost.budget.usage.calibration.ModalityFactor;
import dev.scenecost.budget.usage.calibration.SceneCalibrationInput;
import dev.scenecost.budget.usage.calibration.TestSceneProjection;
import dev.scenecost.budget.usage.forecast.Forecast;
import dev.scenecost.budget.usage.forecast.Progress;
import dev.scenecost.budget.usage.forecast.SceneForecast;
import dev.scenecost.budget.usage.ledger.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How usage, calibration and forecast read for a producer: lens text, diagnostics, reports. */
public final class UsageWording {
  /** The diagnostic code of a forecast over budget (on the scene where the money runs out). */
  public static final String CODE_FORECAST_OVER_BUDGET = "usage-forecast-over-budget";

  private final String symbol;

  public UsageWording(String currencySymbol) {
    this.symbol = currencySymbol;
  }

  /** Money as every face prints it ({@link Amounts#money}). */
  private String money(double amount) {
    return Amounts.money(amount, symbol);
  }

  /**
   * The code lens addition for a scene: {@code spent $12.30 of est. $18.40}; for a finished scene
   * how it compared; for an untouched scene the calibrated estimate once there is one; empty when
   * there is nothing to say.
   */
  public Optional<String> sceneLens(SceneForecast scene, Calibration calibration) {
    boolean differs =
        calibration.calibrated()
            && Math.abs(scene.calibratedEstimate() - scene.rawEstimate()) >= 0.005;
    String calibrated = differs ? " · calibrated " + money(scene.calibratedEstimate()) : "";
    return switch (scene.progress()) {
      case DONE ->
          Optional.of(
              "spent "
                  + money(scene.actual())
                  + " · est. "
                  + money(scene.rawEstimate())
                  + " · "
                  + versus(scene.actual(), scene.rawEstimate()));
      case IN_PROGRESS ->
          Optional.of(
              "spent "
                  + money(scene.actual())
                  + " of est. "
                  + money(scene.rawEstimate())
                  + calibrated);
      case NOT_STARTED ->
          differs
              ? Optional.of("calibrated est. " + money(scene.calibratedEstimate()))
              : Optional.empty();
    };
  }

  /**
   * The film lens addition: {@code spent $25.35 · forecast $98.10, $28.10 over the $70.00 budget},
   * {@code ... · forecast $60.00, fits the $70.00 budget}, or without a budget only the spend and
   * the forecast.
   */
  public String filmLens(Forecast forecast) {
    String text = "spent " + money(forecast.spent()) + " · forecast " + money(forecast.total());
    if (forecast.budget() == null) {
      return text;
    }
    return text
        + (forecast.fits()
            ? ", fits the " + money(forecast.budget()) + " budget"
            : ", "
                + money(forecast.overBy().orElse(0.0))
                + " over the "
                + money(forecast.budget())
                + " budget");
  }

  /**
   * The hover section for a scene, in Markdown: spend next to the estimate per modality, and the
   * calibrated estimate when there is one.
   */
  public List<String> sceneHover(
      SceneForecast scene, SceneCalibrationInput plan, Calibration calibration) {
    List<String> lines = new ArrayList<>();
    if (scene.progress() == Progress.NOT_STARTED && !calibration.calibrated()) {
      lines.add("**Spent:** nothing yet");
      return lines;
    }
    lines.add(
        "**Spent:** "
            + money(scene.actual())
            + " of est. "
            + money(scene.rawEstimate())
            + " ("
            + versus(scene.actual(), scene.rawEstimate())
            + ") · "
            + scene.progress().words());
    lines.add("");
    lines.add("| | estimate | spent |");
    lines.add("|---|---:|---:|");
    for (Modality modality : Modality.values()) {
      double estimate = plan.estimate().get(modality);
      double actual = plan.actual().get(modality);
      if (estimate != 0 || actual != 0) {
        lines.add("| " + modality.word() + " | " + money(estimate) + " | " + money(actual) + " |");
      }
    }
    if (calibration.calibrated() && scene.progress() != Progress.DONE) {
      lines.add("");
      lines.add(
          "**Calibrated estimate:** "
              + money(scene.calibratedEstimate())
              + " (from "
              + calibration.basis().size()
              + " finished "
              + (calibration.basis().size() == 1 ? "scene" : "scenes")
              + "); still to spend "
              + money(scene.remaining())
              + " before contingency");
    }
    return lines;
  }

  /** {@code 43% over estimate}, {@code 12% under estimate}, {@code on estimate}. */
  public String versus(double actual, double estimate) {
    if (estimate <= 0) {
      return actual > 0 ? "not in the estimate" : "on estimate";
    }
    double percent = (actual - estimate) / estimate * 100;
    if (Math.abs(percent) < 0.5) {
      return "on estimate";
    }
    return Amounts.percent(Math.abs(percent))
        + " "
        + (percent > 0 ? "over" : "under")
        + " estimate";
  }

  /** The diagnostic when the forecast exceeds the budget, naming where the money runs out. */
  public Optional<String> overBudget(Forecast forecast) {
    if (forecast.fits()) {
      return Optional.empty();
    }
    String rate =
        forecast.calibration().calibrated()
            ? "At the rate of the finished scenes"
            : "At the estimated rate";
    String where =
        forecast.runsOutAt() == null
            ? ""
            : "; the money runs out at " + forecast.runsOutAt().describe();
    return Optional.of(
        rate
            + " the film will cost "
            + money(forecast.total())
            + ", "
            + money(forecast.overBy().orElse(0.0))
            + " over its "
            + money(forecast.budget())
            + " budget"
            + where
            + ". Switch the remaining scenes to a cheaper tier, cut, or raise "
            + "the budget.");
  }

  /** A few sentences on where the money stands, at the rate of the finished scenes. */
  public List<String> forecastSummary(Forecast forecast) {
    return forecastSummary(
        forecast,
        forecast.calibration().calibrated()
            ? "at the rate of the finished scenes"
            : "at the estimated rate (" + whyUncalibrated(forecast) + ")");
  }

  /**
   * Why the raw estimate stands, as a clause: no scene is marked done, or the scenes marked done
   * have nothing recorded in the ledger yet (only recorded spend calibrates).
   */
  public String whyUncalibrated(Forecast forecast) {
    List<SceneForecast> finished =
        forecast.scenes().stream().filter(scene -> scene.progress() == Progress.DONE).toList();
    if (finished.isEmpty()) {
      return "no scene is marked [[status: done]] yet";
    }
    if (finished.size() == 1) {
      return finished.get(0).scene().describe()
          + " is marked done, but the ledger has no spend for it yet";
    }
    return finished.size() + " scenes are marked done, but the ledger has no spend for them yet";
  }

  /** A few sentences on where the money stands; {@code rate} says what the rest is priced at. */
  public List<String> forecastSummary(Forecast forecast, String rate) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Spent so far: "
            + money(forecast.spent())
            + (forecast.unmatchedSpent() != 0
                ? " (" + money(forecast.unmatchedSpent()) + " of it on rows that name no scene)"
                : "")
            + ".");
    lines.add(
        "Still to spend "
            + rate
            + ": "
            + money(forecast.remaining())
            + ", "
            + money(forecast.remaining() + forecast.remainingContingency())
            + " with "
            + Amounts.percent(forecast.contingencyPercent())
            + " contingency.");
    StringBuilder total = new StringBuilder("Forecast: " + money(forecast.total()));
    forecast
        .overBy()
        .ifPresent(
            over ->
                total.append(
                    over > 0.005
                        ? ", " + money(over) + " over the " + money(forecast.budget()) + " budget"
                        : ", "
                            + money(-over)
                            + " under the "
                            + money(forecast.budget())
                            + " budget"));
    total.append('.');
    lines.add(total.toString());
    if (forecast.runsOutAt() != null) {
      lines.add("At this rate the money runs out at " + forecast.runsOutAt().describe() + ".");
    }
    return lines;
  }

  /** The factors in words: {@code video x1.50 (spent $15.00 of $10.00)}. */
  public List<String> factors(Calibration calibration) {
    List<String> lines = new ArrayList<>();
    for (ModalityFactor factor : calibration.factors().values()) {
      if (factor.ratio().isEmpty()) {
        lines.add(
            factor.modality().word()
                + ": spent "
                + money(factor.actual())
                + ", nothing estimated to compare with (kept as estimated)");
        continue;
      }
      lines.add(
          factor.modality().word()
              + " x"
              + String.format(Locale.ROOT, "%.2f", factor.ratio().getAsDouble())
              + " (spent "
              + money(factor.actual())
              + " against "
              + money(factor.estimate())
              + " estimated)");
    }
    return lines;
  }

  /** The classic test-scene projection, in a producer's words. */
  public List<String> testScene(TestSceneProjection projection, boolean markedDone, Double budget) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Test scene: "
            + projection.scene().describe()
            + (markedDone ? ", marked done." : " (not marked [[status: done]] yet)."));
    lines.add(
        "It cost "
            + money(projection.sceneCost())
            + " for "
            + Amounts.duration(projection.sceneSeconds())
            + " of screen time: "
            + money(projection.costPerScreenMinute())
            + " per screen minute.");
    lines.add(
        "The film runs "
            + Amounts.duration(projection.filmSeconds())
            + ". At that rate it "
            + "will cost "
            + money(projection.filmCost())
            + ", plus "
            + Amounts.percent(projection.contingencyPercent())
            + " contingency ("
            + money(projection.contingency())
            + "): "
            + money(projection.projection())
            + ".");
    double estimateWithContingency =
        projection.rawFilmEstimate() * (1 + projection.contingencyPercent() / 100);
    lines.add(
        "The estimate said "
            + money(estimateWithContingency)
            + " with contingency; the "
            + "test scene says "
            + versus(projection.projection(), estimateWithContingency).replace("estimate", "that")
            + ".");
    if (budget != null) {
      double over = projection.projection() - budget;
      lines.add(
          over > 0.005
              ? "That is " + money(over) + " over the " + money(budget) + " budget."
              : "That fits the " + money(budget) + " budget, with " + money(-over) + " to spare.");
    }
    return lines;
  }
}
