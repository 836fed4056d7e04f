package dev.scenecost.budget.report;

import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.format.Markdown;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Finding;
import java.util.List;

/** A Markdown summary, scene table and findings, for pull requests and wikis. */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(BudgetReport report) {
    FilmEstimate film = report.estimate();
    List<ConfigProblem> problems = report.problems();
    StringBuilder out = new StringBuilder();
    out.append("# Budget report")
        .append(film.title() == null ? "" : ": " + escape(film.title()))
        .append("\n\n");
    for (String[] line : FilmSummary.lines(report)) {
      out.append("- **").append(line[0]).append(":** ").append(escape(line[1])).append('\n');
    }
    out.append("\n| ").append(String.join(" | ", SceneRows.HEADERS)).append(" |\n");
    out.append("|---|---|---:|---:|---|---:|---:|---:|---|\n");
    for (SceneFigures scene : report.scenes()) {
      List<String> row = SceneRows.row(scene, 60);
      out.append("| ");
      for (int c = 0; c < row.size(); c++) {
        String cell = escape(row.get(c));
        out.append(c == 8 && SceneRows.flagged(scene) ? "**" + cell + "**" : cell);
        out.append(c < row.size() - 1 ? " | " : " |\n");
      }
    }
    if (!film.findings().isEmpty()) {
      out.append("\n## Findings\n\n");
      for (Finding finding : film.findings()) {
        String where =
            finding.sceneIndex() == null
                ? "Film"
                : "Scene " + report.scenes().get(finding.sceneIndex()).label();
        out.append("- **")
            .append(where)
            .append("** (")
            .append(finding.code().id())
            .append("): ")
            .append(escape(finding.message()))
            .append('\n');
      }
    }
    if (!problems.isEmpty()) {
      out.append("\n## Settings problems\n\n");
      problems.forEach(p -> out.append("- ").append(escape(p.toString())).append('\n'));
    }
    report
        .usage()
        .ifPresent(usage -> out.append('\n').append(UsageSections.markdown(report, usage)));
    return out.toString();
  }

  static String escape(String text) {
    return Markdown.escape(text);
  }
}
