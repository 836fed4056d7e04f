package dev.scenecost.lsp.services;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.SceneEstimate;

/** A sentence on where a scene stands against its allocation. */
final class BudgetStatusText {
  private BudgetStatusText() {}

  static String sentence(String symbol, SceneEstimate scene) {
    String cost = Amounts.money(scene.cost().amount(), symbol);
    if (scene.allocation() == null) {
      return "No budget: set `Budget:` on the title page or a `[[budget: ...]]` note to plan this scene.";
    }
    String allocation = Amounts.money(scene.allocation(), symbol);
    String kind = scene.explicitBudget() != null ? "its own budget" : "its allocation";
    return switch (scene.status()) {
      case FITS ->
          "Fits "
              + kind
              + " of "
              + allocation
              + " ("
              + cost
              + ", "
              + Amounts.percent(scene.cost().amount() / Math.max(scene.allocation(), 1e-9) * 100)
              + ").";
      case OVER ->
          "**Over** "
              + kind
              + " of "
              + allocation
              + " by "
              + Amounts.money(scene.overBy(), symbol)
              + ".";
      case EXHAUSTED ->
          "**The film's budget runs out in this scene**: the running total reaches "
              + Amounts.money(scene.runningCost(), symbol)
              + " against "
              + kind
              + " of "
              + allocation
              + ".";
      case UNBUDGETED -> "No budget: set `Budget:` on the title page to plan this scene.";
    };
  }
}
