package dev.scenecost.budget.report;

/**
 * What a scene has really cost, beside its estimate (only for a screenplay with a ledger).
 *
 * @param progress {@code done}, {@code in progress}, {@code not started}
 * @param actual spent so far
 * @param estimate the raw estimate
 * @param calibrated the estimate corrected by the finished scenes
 * @param variance actual less estimate, signed ({@code +$6.00})
 * @param remaining still to spend at the calibrated rate, before contingency
 * @param cumulative the film's projected spend up to and including this scene
 * @param lens what the lens adds ({@code spent $12.30 of est. $18.40}), or "" when nothing
 */
public record SpendFigures(
    String progress,
    Figure actual,
    Figure estimate,
    Figure calibrated,
    Figure variance,
    Figure remaining,
    Figure cumulative,
    String lens) {}
