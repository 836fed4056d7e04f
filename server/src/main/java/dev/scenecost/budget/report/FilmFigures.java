package dev.scenecost.budget.report;

import java.util.List;

/**
 * The film's totals as every face shows them.
 *
 * @param screenTime screen time
 * @param pages page count in eighths
 * @param scenes number of scenes
 * @param tokens tokens
 * @param cost money before contingency
 * @param contingencyPercent the contingency rate
 * @param contingency the contingency's money
 * @param withContingency cost plus contingency
 * @param cacheSavings money saved by reusing references
 * @param cacheTokens tokens reused
 * @param budget the budget, or null without one
 * @param budgetUsed cost with contingency as a share of the budget, or null without a budget
 * @param overBy cost with contingency less budget (negative: to spare), or null without a budget
 * @param parts cost per part, in the engine's order
 * @param lens the line above the title page in the editor
 * @param status the status bar's text, tooltip and whether it warns
 */
public record FilmFigures(
    Figure screenTime,
    Figure pages,
    int scenes,
    Figure tokens,
    Figure cost,
    Figure contingencyPercent,
    Figure contingency,
    Figure withContingency,
    Figure cacheSavings,
    Figure cacheTokens,
    Figure budget,
    Figure budgetUsed,
    Figure overBy,
    List<Part> parts,
    String lens,
    StatusLine status) {

  public FilmFigures {
    parts = List.copyOf(parts);
  }

  /**
   * The status bar: {@code $1,297 / $1,600}, {@code $412 spent · est. $1,297 / $1,600}.
   *
   * @param text the short text
   * @param tooltip the sentences behind it
   * @param over true when the estimate or the forecast is over the budget
   */
  public record StatusLine(String text, String tooltip, boolean over) {}
}
