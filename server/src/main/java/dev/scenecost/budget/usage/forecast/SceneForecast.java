package dev.scenecost.budget.usage.forecast;

import dev.scenecost.budget.usage.ledger.SceneRef;

/**
 * One scene in the forecast. Amounts in the film's currency.
 *
 * @param scene which scene
 * @param progress done, in progress or not started
 * @param rawEstimate the engine's estimate, before contingency
 * @param calibratedEstimate the estimate corrected by what finished scenes really cost
 * @param actual spent on it so far (ledger)
 * @param remaining what it still needs at the calibrated rate, before contingency: 0 when done,
 *     otherwise the calibrated estimate less what is already spent (never below 0)
 * @param projected actual + remaining + contingency on the remaining part
 * @param cumulative the film's projected spend up to and including this scene (rows for unknown
 *     scenes count from the start)
 * @param budgetLeft budget - cumulative, or null when the film has no budget
 */
public record SceneForecast(
    SceneRef scene,
    Progress progress,
    double rawEstimate,
    double calibratedEstimate,
    double actual,
    double remaining,
    double projected,
    double cumulative,
    Double budgetLeft) {

  /** Actual less raw estimate: positive when the scene cost more than planned. */
  public double variance() {
    return actual - rawEstimate;
  }
}
