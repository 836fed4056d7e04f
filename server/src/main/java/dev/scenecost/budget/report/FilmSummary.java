package dev.scenecost.budget.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The film's totals as label / value lines, shared by the table and Markdown reports. */
final class FilmSummary {
  /** Parts named even when they cost nothing, so a summary never reads as an empty list. */
  private static final List<String> ALWAYS_SHOWN = List.of("video", "text");

  private FilmSummary() {}

  static List<String[]> lines(BudgetReport report) {
    FilmFigures film = report.film();
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {
          "Screen time",
          film.screenTime().text()
              + " ("
              + film.pages().text()
              + " pages, "
              + film.scenes()
              + " scenes)"
        });
    lines.add(
        new String[] {
          "Tokens",
          film.tokens().text()
              + " ("
              + film.parts().stream()
                  .filter(p -> p.tokens().value() != 0 || ALWAYS_SHOWN.contains(p.key()))
                  .map(p -> p.word() + " " + p.tokens().text())
                  .collect(Collectors.joining(", "))
              + ")"
        });
    lines.add(
        new String[] {
          "Cost",
          film.cost().text()
              + " ("
              + film.parts().stream()
                  .filter(p -> p.cost().value() != 0 || ALWAYS_SHOWN.contains(p.key()))
                  .map(p -> p.word() + " " + p.cost().text())
                  .collect(Collectors.joining(", "))
              + ")"
        });
    lines.add(
        new String[] {
          "With contingency",
          film.withContingency().text()
              + " ("
              + film.contingencyPercent().text()
              + ": "
              + film.contingency().text()
              + ")"
        });
    lines.add(
        new String[] {
          "Cache savings",
          film.cacheSavings().text() + " (" + film.cacheTokens().text() + " tokens reused)"
        });
    if (film.budget() == null) {
      lines.add(new String[] {"Budget", "none (add Budget: to the title page, or --budget)"});
    } else {
      lines.add(
          new String[] {
            "Budget",
            film.budget().text()
                + ", "
                + (film.budgetUsed() == null ? "-" : film.budgetUsed().text())
                + " used"
                + (report.estimate().fits() ? ", fits" : ", OVER by " + film.overBy().text())
          });
    }
    List<String> over = new ArrayList<>();
    for (SceneFigures scene : report.scenes()) {
      if (scene.estimate().overBudget()) {
        over.add(scene.label() + " (+" + scene.overBy().text() + ")");
      }
    }
    if (film.budget() != null || !over.isEmpty()) {
      lines.add(
          new String[] {"Scenes over budget", over.isEmpty() ? "none" : String.join(", ", over)});
    }
    Integer exhausted = report.estimate().exhaustedAtScene();
    if (exhausted != null) {
      lines.add(
          new String[] {"Budget runs out at", "scene " + report.scenes().get(exhausted).label()});
    }
    return lines;
  }
}
