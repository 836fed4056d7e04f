package dev.scenecost.budget.report;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.SceneStatus;
import java.util.List;

/** The cells the table and Markdown reports share, one row per scene. */
final class SceneRows {
  static final List<String> HEADERS =
      List.of("#", "Scene", "Pages", "Time", "Tier", "Tokens", "Cost", "Budget", "Status");

  private SceneRows() {}

  static List<String> row(FilmEstimate film, SceneEstimate scene, int headingWidth) {
    String symbol = film.currencySymbol();
    return List.of(
        scene.label(),
        truncate(scene.heading(), headingWidth),
        Amounts.eighths(scene.pagesEighths()),
        Amounts.duration(scene.screenSeconds()) + (scene.durationFromNote() ? "*" : ""),
        scene.tier(),
        Amounts.tokens(scene.cost().tokens()),
        Amounts.money(scene.cost().amount(), symbol),
        scene.allocation() == null ? "-" : Amounts.money(scene.allocation(), symbol),
        status(scene, symbol));
  }

  static String status(SceneEstimate scene, String symbol) {
    String over = scene.overBy() > 0 ? " +" + Amounts.money(scene.overBy(), symbol) : "";
    return switch (scene.status()) {
      case FITS -> "fits";
      case OVER -> "OVER" + over;
      case EXHAUSTED -> "BUDGET RUNS OUT" + over;
      case UNBUDGETED -> "-";
    };
  }

  static boolean flagged(SceneEstimate scene) {
    return scene.status() == SceneStatus.OVER || scene.status() == SceneStatus.EXHAUSTED;
  }

  static String truncate(String text, int width) {
    String single = text.replaceAll("\\s+", " ").trim();
    return single.length() <= width ? single : single.substring(0, width - 1) + "…";
  }

  static String label(SceneEstimate scene) {
    return scene.label();
  }
}
