package dev.scenecost.budget.report;

import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.result.FilmEstimate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code scenecost report}, each a layout of the {@link BudgetReport}. */
public enum ReportFormat {
  /** Aligned columns for a terminal (the default). */
  TABLE,
  /** The JSON contract (docs/report-json.md). */
  JSON,
  /** One row per scene, for spreadsheets. */
  CSV,
  /** A Markdown summary and table, for pull requests and wikis. */
  MD;

  /** The format named {@code table}, {@code json}, {@code csv} or {@code md}, in any case. */
  public static Optional<ReportFormat> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String render(BudgetReport report) {
    return switch (this) {
      case TABLE -> TableReport.render(report);
      case JSON -> ReportJson.toJsonString(report) + "\n";
      case CSV -> CsvReport.render(report);
      case MD -> MarkdownReport.render(report);
    };
  }

  /** The report of an estimate without a ledger. */
  public String render(FilmEstimate film, List<ConfigProblem> problems) {
    return render(BudgetReport.of(film, problems, null));
  }
}
