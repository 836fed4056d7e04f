package dev.scenecost.budget.report;

import dev.scenecost.budget.usage.UsageAnalysis;
import dev.scenecost.budget.usage.UsageWording;
import dev.scenecost.budget.usage.ledger.LedgerProblem;
import java.util.List;
import java.util.Locale;

/**
 * What {@code scenecost report --usage} adds to the table and Markdown reports: actual spend and
 * variance per scene, the calibration and the forecast, from the same report figures.
 */
final class UsageSections {
  private static final int HEADING_WIDTH = 38;
  private static final String ROW = "%3s  %-" + HEADING_WIDTH + "s  %9s  %10s  %9s  %9s  %s%n";

  private UsageSections() {}

  static String table(BudgetReport report, UsageAnalysis analysis) {
    UsageWording words = new UsageWording(report.currencySymbol());
    StringBuilder out = new StringBuilder();
    String title = "Actual spend (" + analysis.usage().ledger().file().getFileName() + ")";
    out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            "#",
            "Scene",
            "Estimate",
            "Calibrated",
            "Spent",
            "Variance",
            "Progress"));
    for (SceneFigures scene : report.scenes()) {
      SpendFigures spend = scene.spend();
      if (spend == null) {
        continue;
      }
      boolean spent = spend.actual().value() != 0;
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              scene.label(),
              SceneRows.truncate(scene.heading(), HEADING_WIDTH),
              spend.estimate().text(),
              spend.calibrated().text(),
              spent ? spend.actual().text() : "-",
              spent ? spend.variance().text() : "-",
              spend.progress()));
    }
    out.append('\n');
    if (analysis.calibration().calibrated()) {
      out.append("Calibrated from the finished scenes:\n");
      words.factors(analysis.calibration()).forEach(l -> out.append("  ").append(l).append('\n'));
    }
    words.forecastSummary(analysis.forecast()).forEach(l -> out.append(l).append('\n'));
    problems(analysis, out, "  ");
    return out.toString();
  }

  static String markdown(BudgetReport report, UsageAnalysis analysis) {
    UsageWording words = new UsageWording(report.currencySymbol());
    StringBuilder out = new StringBuilder("## Actual spend\n\n");
    words
        .forecastSummary(analysis.forecast())
        .forEach(l -> out.append("- ").append(l).append('\n'));
    if (analysis.calibration().calibrated()) {
      words
          .factors(analysis.calibration())
          .forEach(l -> out.append("- Calibration: ").append(l).append('\n'));
    }
    out.append("\n| # | Scene | Estimate | Calibrated | Spent | Variance | Progress |\n");
    out.append("|---|---|---:|---:|---:|---:|---|\n");
    for (SceneFigures scene : report.scenes()) {
      SpendFigures spend = scene.spend();
      if (spend == null) {
        continue;
      }
      boolean spent = spend.actual().value() != 0;
      out.append("| ")
          .append(scene.label())
          .append(" | ")
          .append(MarkdownReport.escape(scene.heading()))
          .append(" | ")
          .append(spend.estimate().text())
          .append(" | ")
          .append(spend.calibrated().text())
          .append(" | ")
          .append(spent ? spend.actual().text() : "")
          .append(" | ")
          .append(spent ? spend.variance().text() : "")
          .append(" | ")
          .append(spend.progress())
          .append(" |\n");
    }
    problems(analysis, out, "- ");
    return out.toString();
  }

  private static void problems(UsageAnalysis analysis, StringBuilder out, String bullet) {
    List<LedgerProblem> problems = analysis.usage().problems();
    if (!problems.isEmpty()) {
      out.append("\nLedger problems:\n");
      problems.forEach(p -> out.append(bullet).append(p).append('\n'));
    }
  }
}
