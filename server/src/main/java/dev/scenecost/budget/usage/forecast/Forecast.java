package dev.scenecost.budget.usage.forecast;

import dev.scenecost.budget.usage.calibration.Calibration;
import dev.scenecost.budget.usage.ledger.SceneRef;
import java.util.List;
import java.util.Optional;

/**
 * Where the film's money is heading: what is spent, what the rest will cost at the rate the
 * finished scenes showed, and whether it fits the budget.
 *
 * @param spent everything in the ledger, rows for unknown scenes included
 * @param unmatchedSpent the part of {@code spent} that belongs to no scene of the screenplay
 * @param rawEstimate the engine's estimate of the whole film, before contingency
 * @param calibratedEstimate the same, corrected by the calibration
 * @param remaining what the unfinished scenes still need at the calibrated rate
 * @param contingencyPercent the film's contingency, applied to {@code remaining} only (spent money
 *     is known)
 * @param remainingContingency remaining x contingencyPercent / 100
 * @param total spent + remaining + remainingContingency: the forecast final cost
 * @param budget the film's budget, or null
 * @param scenes every scene in screenplay order, with the running total (the burn-down)
 * @param runsOutAt the first scene where the running projected spend exceeds the budget, or null
 *     when it fits or there is no budget
 * @param calibration the factors applied
 */
public record Forecast(
    double spent,
    double unmatchedSpent,
    double rawEstimate,
    double calibratedEstimate,
    double remaining,
    double contingencyPercent,
    double remainingContingency,
    double total,
    Double budget,
    List<SceneForecast> scenes,
    SceneRef runsOutAt,
    Calibration calibration) {

  public Forecast {
    scenes = List.copyOf(scenes);
  }

  /** True when there is no budget or the forecast stays within it. */
  public boolean fits() {
    return budget == null || total <= budget + Forecaster.CENT / 2;
  }

  /** Forecast less budget: positive when over, negative when under; empty without a budget. */
  public Optional<Double> overBy() {
    return budget == null ? Optional.empty() : Optional.of(total - budget);
  }

  public Optional<SceneForecast> scene(int index) {
    return scenes.stream().filter(s -> s.scene().index() == index).findFirst();
  }
}
