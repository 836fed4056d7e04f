package dev.scenecost.budget.report;

import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;

/** The one-line summaries of the report: code lenses, the table's status word, the status bar. */
final class Lines {
  private Lines() {}

  /** {@code ≈ 1m 45s · 412k tokens · $18.40 · hero · 74% of $25.00 budget}, then the spend. */
  static String sceneLens(
      SceneEstimate scene,
      Figure time,
      Figure tokens,
      Figure cost,
      Figure allocation,
      Figure used,
      Figure overBy,
      SpendFigures spend) {
    StringBuilder label =
        new StringBuilder("≈ ")
            .append(time.text())
            .append(" · ")
            .append(tokens.text())
            .append(" tokens · ")
            .append(cost.text())
            .append(" · ")
            .append(scene.tier());
    if (used != null) {
      label.append(" · ").append(used.text()).append(" of ").append(allocation.text());
      label.append(" budget");
    }
    switch (scene.status()) {
      case OVER -> label.append(" · over by ").append(overBy.text());
      case EXHAUSTED -> label.append(" · the budget runs out here");
      default -> {}
    }
    if (spend != null && !spend.lens().isEmpty()) {
      label.append(" · ").append(spend.lens());
    }
    return label.toString();
  }

  /**
   * {@code Film ≈ 1h 52m 10s · 38M tokens · $8,420 with 25% contingency · 84% of $10,000 budget}.
   */
  static String filmLens(
      FilmEstimate film,
      Figure time,
      Figure tokens,
      Figure withContingency,
      Figure contingencyPercent,
      Figure budget,
      Figure used) {
    StringBuilder label =
        new StringBuilder("Film ≈ ")
            .append(time.text())
            .append(" · ")
            .append(tokens.text())
            .append(" tokens · ")
            .append(withContingency.text())
            .append(" with ")
            .append(contingencyPercent.text())
            .append(" contingency");
    if (budget != null && used != null) {
      label.append(" · ").append(used.text()).append(" of ").append(budget.text());
      label.append(" budget");
    } else {
      label.append(" · no budget set");
    }
    int over = film.scenesOverBudget().size();
    if (over > 0) {
      label.append(" · ").append(over).append(over == 1 ? " scene" : " scenes").append(" over");
    }
    return label.toString();
  }

  /** The table's status cell: {@code fits}, {@code OVER +$3.00}, {@code BUDGET RUNS OUT}, -. */
  static String status(SceneEstimate scene, Figure overBy) {
    String over = scene.overBy() > 0 ? " +" + overBy.text() : "";
    return switch (scene.status()) {
      case FITS -> "fits";
      case OVER -> "OVER" + over;
      case EXHAUSTED -> "BUDGET RUNS OUT" + over;
      case UNBUDGETED -> "-";
    };
  }

  /** The status bar: the estimate against the budget; once money is spent, the spend leads. */
  static FilmFigures.StatusLine statusLine(
      FilmEstimate film,
      String symbol,
      Figure withContingency,
      Figure contingencyPercent,
      Figure budget,
      Figure used,
      ForecastFigures forecast) {
    String contingency = "with " + contingencyPercent.text() + " contingency";
    String text;
    String tooltip;
    boolean over;
    if (budget == null) {
      text = withContingency.text();
      tooltip =
          "Film estimate "
              + contingency
              + ". No budget is set: add \"Budget: "
              + symbol
              + "10,000\" to the title page.";
      over = false;
    } else {
      over = !film.fits();
      text = withContingency.text() + " / " + budget.text();
      tooltip =
          (over ? "Over budget" : "Fits the budget")
              + ": film estimate "
              + contingency
              + " against the budget ("
              + (used == null ? "-" : used.text())
              + " used).";
    }
    if (forecast == null) {
      return new FilmFigures.StatusLine(text, tooltip, over);
    }
    String spent = forecast.spent().text();
    boolean forecastOver = forecast.overBy() != null && forecast.spare() == null;
    String rate = "At the current rate the film will cost " + forecast.total().text();
    String forecastWords =
        forecastOver
            ? rate + ", " + forecast.overBy().text() + " over the budget."
            : forecast.budget() != null ? rate + ", within the budget." : rate + ".";
    return new FilmFigures.StatusLine(
        spent + " spent · est. " + text,
        spent + " spent so far. " + forecastWords + " " + tooltip,
        over || forecastOver);
  }
}
