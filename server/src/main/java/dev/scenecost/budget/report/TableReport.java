package dev.scenecost.budget.report;

import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Finding;
import java.util.ArrayList;
import java.util.List;

/** The terminal report: one aligned row per scene, then the film's totals and findings. */
final class TableReport {
  private static final int HEADING_WIDTH = 38;

  /** Columns aligned right: pages, time, tokens, cost, budget. */
  private static final boolean[] RIGHT = {true, false, true, true, false, true, true, true, false};

  private TableReport() {}

  static String render(BudgetReport report) {
    FilmEstimate film = report.estimate();
    List<ConfigProblem> problems = report.problems();
    StringBuilder out = new StringBuilder();
    if (film.title() != null) {
      out.append(film.title()).append('\n');
      out.append("=".repeat(film.title().length())).append("\n\n");
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(SceneRows.HEADERS);
    for (SceneFigures scene : report.scenes()) {
      rows.add(SceneRows.row(scene, HEADING_WIDTH));
    }
    int[] widths = new int[SceneRows.HEADERS.size()];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      appendRow(out, rows.get(r), widths);
      if (r == 0) {
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
          rule.add("-".repeat(width));
        }
        appendRow(out, rule, widths);
      }
    }
    out.append('\n');
    List<String[]> summary = FilmSummary.lines(report);
    int labelWidth = summary.stream().mapToInt(l -> l[0].length()).max().orElse(0);
    for (String[] line : summary) {
      out.append(String.format("%-" + (labelWidth + 2) + "s%s%n", line[0] + ":", line[1]));
    }
    if (report.scenes().stream().anyMatch(SceneFigures::timeFromNote)) {
      out.append("* screen time set by a [[duration:]] note\n");
    }
    if (!film.findings().isEmpty()) {
      out.append("\nFindings:\n");
      for (Finding finding : film.findings()) {
        String where =
            finding.sceneIndex() == null
                ? "film"
                : "scene " + report.scenes().get(finding.sceneIndex()).label();
        out.append("  ")
            .append(finding.severity().name().toLowerCase(java.util.Locale.ROOT))
            .append(" [")
            .append(where)
            .append("] ")
            .append(finding.message())
            .append('\n');
      }
    }
    if (!problems.isEmpty()) {
      out.append("\nSettings problems:\n");
      problems.forEach(p -> out.append("  ").append(p).append('\n'));
    }
    report.usage().ifPresent(usage -> out.append('\n').append(UsageSections.table(report, usage)));
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      line.append(RIGHT[c] ? pad + cell : cell + pad);
      if (c < cells.size() - 1) {
        line.append("  ");
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
