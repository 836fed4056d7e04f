package dev.scenecost.budget.report;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.Cost;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Modality;
import dev.scenecost.budget.result.ModalityCosts;
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
              + " ("
              + parts(film.modalities(), cost -> Amounts.tokens(cost.tokens()), false)
              + ")"
        });
    lines.add(
        new String[] {
          "Cost",
          Amounts.money(film.cost().amount(), s)
              + " ("
              + parts(film.modalities(), cost -> Amounts.money(cost.amount(), s), true)
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

  /**
   * Where the money goes, part by part ({@code video $1,234, keyframes $56 ...}); parts with
   * nothing in them are left out, video and prompts always shown.
   */
  static String parts(
      ModalityCosts costs, java.util.function.Function<Cost, String> format, boolean byAmount) {
    List<String> shown = new ArrayList<>();
    for (Modality part : Modality.values()) {
      Cost cost = costs.get(part);
      boolean empty = byAmount ? cost.amount() == 0 : cost.tokens() == 0;
      if (!empty || part == Modality.VIDEO || part == Modality.TEXT) {
        shown.add(part.label().toLowerCase(java.util.Locale.ROOT) + " " + format.apply(cost));
      }
    }
    return String.join(", ", shown);
  }
}
