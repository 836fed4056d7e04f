package dev.scenecost.budget.report;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import java.util.ArrayList;
import java.util.List;

/** The film's totals as label / value lines, shared by the table and Markdown reports. */
final class FilmSummary {
  private FilmSummary() {}

  static List<String[]> lines(FilmEstimate film) {
    String s = film.currencySymbol();
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {
          "Screen time",
          Amounts.duration(film.screenSeconds())
              + " ("
              + Amounts.eighths(film.pagesEighths())
              + " pages, "
              + film.scenes().size()
              + " scenes)"
        });
    lines.add(
        new String[] {
          "Tokens",
          Amounts.tokens(film.cost().tokens())
              + " (video "
              + Amounts.tokens(film.modalities().video().tokens())
              + ", images "
              + Amounts.tokens(film.modalities().images().tokens())
              + ", voice "
              + Amounts.tokens(film.modalities().voice().tokens())
              + ", prompts "
              + Amounts.tokens(film.modalities().text().tokens())
              + ")"
        });
    lines.add(
        new String[] {
          "Cost",
          Amounts.money(film.cost().amount(), s)
              + " (video "
              + Amounts.money(film.modalities().video().amount(), s)
              + ", images "
              + Amounts.money(film.modalities().images().amount(), s)
              + ", voice "
              + Amounts.money(film.modalities().voice().amount(), s)
              + ", prompts "
              + Amounts.money(film.modalities().text().amount(), s)
              + ")"
        });
    lines.add(
        new String[] {
          "With contingency",
          Amounts.money(film.costWithContingency(), s)
              + " ("
              + Amounts.percent(film.contingencyPercent())
              + ": "
              + Amounts.money(film.contingency(), s)
              + ")"
        });
    lines.add(
        new String[] {
          "Cache savings",
          Amounts.money(film.cacheSavings().amount(), s)
              + " ("
              + Amounts.tokens(film.cacheSavings().tokens())
              + " tokens reused)"
        });
    if (film.budget() == null) {
      lines.add(new String[] {"Budget", "none (add Budget: to the title page, or --budget)"});
    } else {
      lines.add(
          new String[] {
            "Budget",
            Amounts.money(film.budget(), s)
                + ", "
                + (film.budgetUsedPercent() == null
                    ? "-"
                    : Amounts.percent(film.budgetUsedPercent()))
                + " used"
                + (film.fits()
                    ? ", fits"
                    : ", OVER by " + Amounts.money(film.costWithContingency() - film.budget(), s))
          });
    }
    List<String> over = new ArrayList<>();
    for (SceneEstimate scene : film.scenesOverBudget()) {
      over.add(SceneRows.label(scene) + " (+" + Amounts.money(scene.overBy(), s) + ")");
    }
    if (film.budget() != null || !over.isEmpty()) {
      lines.add(
          new String[] {"Scenes over budget", over.isEmpty() ? "none" : String.join(", ", over)});
    }
    if (film.exhaustedAtScene() != null) {
      lines.add(
          new String[] {
            "Budget runs out at",
            "scene " + SceneRows.label(film.scenes().get(film.exhaustedAtScene()))
          });
    }
    return lines;
  }
}
