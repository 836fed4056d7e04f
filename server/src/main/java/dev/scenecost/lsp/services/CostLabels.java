package dev.scenecost.lsp.services;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.SceneStatus;

/** The one-line cost summaries shared by code lenses, inlay hints and the outline. */
final class CostLabels {
  private CostLabels() {}

  /** {@code ≈ 1m 45s · 412k tokens · $18.40 · hero · 74% of $25.00 budget}. */
  static String scene(FilmEstimate film, SceneEstimate scene) {
    String symbol = film.currencySymbol();
    StringBuilder label =
        new StringBuilder("≈ ")
            .append(Amounts.duration(scene.screenSeconds()))
            .append(" · ")
            .append(Amounts.tokens(scene.cost().tokens()))
            .append(" tokens")
            .append(" · ")
            .append(Amounts.money(scene.cost().amount(), symbol))
            .append(" · ")
            .append(scene.tier());
    if (scene.allocation() != null && scene.allocation() > 0) {
      label
          .append(" · ")
          .append(Amounts.percent(scene.cost().amount() / scene.allocation() * 100))
          .append(" of ")
          .append(Amounts.money(scene.allocation(), symbol))
          .append(" budget");
    }
    if (scene.status() == SceneStatus.OVER) {
      label.append(" · over by ").append(Amounts.money(scene.overBy(), symbol));
    } else if (scene.status() == SceneStatus.EXHAUSTED) {
      label.append(" · the budget runs out here");
    }
    return label.toString();
  }

  /**
   * {@code Film ≈ 1h 52m 10s · 38M tokens · $8,420 with 25% contingency · 84% of $10,000 budget}.
   */
  static String film(FilmEstimate film) {
    String symbol = film.currencySymbol();
    StringBuilder label =
        new StringBuilder("Film ≈ ")
            .append(Amounts.duration(film.screenSeconds()))
            .append(" · ")
            .append(Amounts.tokens(film.cost().tokens()))
            .append(" tokens")
            .append(" · ")
            .append(Amounts.money(film.costWithContingency(), symbol))
            .append(" with ")
            .append(Amounts.percent(film.contingencyPercent()))
            .append(" contingency");
    if (film.budget() != null && film.budgetUsedPercent() != null) {
      label
          .append(" · ")
          .append(Amounts.percent(film.budgetUsedPercent()))
          .append(" of ")
          .append(Amounts.money(film.budget(), symbol))
          .append(" budget");
    } else {
      label.append(" · no budget set");
    }
    int over = film.scenesOverBudget().size();
    if (over > 0) {
      label.append(" · ").append(over).append(over == 1 ? " scene" : " scenes").append(" over");
    }
    return label.toString();
  }

  /** For the outline: {@code $18.40 · 1m 45s · hero}. */
  static String outline(FilmEstimate film, SceneEstimate scene) {
    return Amounts.money(scene.cost().amount(), film.currencySymbol())
        + " · "
        + Amounts.duration(scene.screenSeconds())
        + " · "
        + scene.tier();
  }
}
