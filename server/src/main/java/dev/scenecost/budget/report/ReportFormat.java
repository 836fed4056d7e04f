package dev.scenecost.budget.report;

import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.result.FilmEstimate;
import java.util.List;

/** The formats of {@code scenecost report}. */
public enum ReportFormat {
  /** Aligned columns for a terminal (the default). */
  TABLE,
  /** The JSON contract (docs/report-json.md). */
  JSON,
  /** One row per scene, for spreadsheets. */
  CSV,
  /** A Markdown summary and table, for pull requests and wikis. */
  MD;

  public String render(FilmEstimate film, List<ConfigProblem> problems) {
    return switch (this) {
      case TABLE -> TableReport.render(film, problems);
      case JSON -> ReportJson.toJsonString(film, problems) + "\n";
      case CSV -> CsvReport.render(film);
      case MD -> MarkdownReport.render(film, problems);
    };
  }
}
