package dev.scenecost.budget.report;

/**
 * The forecast with a ledger: spent so far, calibrated rest with contingency, against the budget.
 *
 * @param spent spent so far
 * @param unmatchedSpent spent on ledger rows that name no scene
 * @param remaining still to spend, before contingency
 * @param contingencyPercent contingency on the remaining part
 * @param total the forecast final cost
 * @param budget the budget, or null
 * @param overBy total less budget (negative: to spare), or null without a budget
 * @param spare budget less total when it fits, or null
 * @param runsOutAt where the money runs out ({@code scene 12, INT. PIER - NIGHT}), or null
 * @param lens what the film's lens adds ({@code spent $25.35 · forecast $98.10, ...})
 */
public record ForecastFigures(
    Figure spent,
    Figure unmatchedSpent,
    Figure remaining,
    Figure contingencyPercent,
    Figure total,
    Figure budget,
    Figure overBy,
    Figure spare,
    String runsOutAt,
    String lens) {}
