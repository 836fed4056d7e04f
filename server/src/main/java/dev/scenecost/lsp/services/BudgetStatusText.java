package dev.scenecost.lsp.services;

import dev.scenecost.budget.report.Figure;
import dev.scenecost.budget.report.SceneFigures;
import dev.scenecost.budget.result.SceneEstimate;

/** A sentence on where a scene stands against its allocation, from the report's figures. */
final class BudgetStatusText {
  private BudgetStatusText() {}

  static String sentence(SceneFigures figures, String symbol) {
    SceneEstimate scene = figures.estimate();
    if (figures.allocation() == null) {
      return "No budget: set `Budget:` on the title page or a `[[budget: ...]]` note to plan this scene.";
    }
    String allocation = figures.allocation().text();
    String kind = scene.explicitBudget() != null ? "its own budget" : "its allocation";
    return switch (scene.status()) {
      case FITS ->
          "Fits "
              + kind
              + " of "
              + allocation
              + " ("
              + figures.cost().text()
              + ", "
              + (figures.usedOfAllocation() == null ? "-" : figures.usedOfAllocation().text())
              + ").";
      case OVER ->
          "**Over** " + kind + " of " + allocation + " by " + figures.overBy().text() + ".";
      case EXHAUSTED ->
          "**The film's budget runs out in this scene**: the running total reaches "
              + Figure.money(scene.runningCost(), symbol).text()
              + " against "
              + kind
              + " of "
              + allocation
              + ".";
      case UNBUDGETED -> "No budget: set `Budget:` on the title page to plan this scene.";
    };
  }
}
