package dev.scenecost.budget.report;

import dev.scenecost.budget.csv.CsvTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row per scene, amounts as plain numbers with two decimals and no currency symbol so
 * spreadsheets can sum them; the currency is named in the amount headers. With a ledger, the spend
 * columns follow. Written by {@link CsvTable}: CRLF, quoted where needed, formulas defused.
 */
final class CsvReport {
  private CsvReport() {}

  static String render(BudgetReport report) {
    String c = "_" + report.currency().toLowerCase(Locale.ROOT);
    boolean usage = report.usage().isPresent();
    List<String> header =
        new ArrayList<>(
            List.of(
                "index",
                "number",
                "heading",
                "pages_eighths",
                "screen_seconds",
                "tier",
                "tokens",
                "cost" + c,
                "allocation" + c,
                "status",
                "over_by" + c));
    List<Part> filmParts = report.film().parts();
    filmParts.forEach(part -> header.add(part.key() + c));
    header.addAll(List.of("cache_savings" + c, "clips", "importance"));
    if (usage) {
      header.addAll(
          List.of(
              "progress",
              "spent" + c,
              "calibrated" + c,
              "variance" + c,
              "remaining" + c,
              "cumulative" + c));
    }
    List<List<String>> rows = new ArrayList<>();
    for (SceneFigures scene : report.scenes()) {
      var s = scene.estimate();
      List<String> row =
          new ArrayList<>(
              List.of(
                  Integer.toString(s.index() + 1),
                  s.number() == null ? "" : s.number(),
                  s.heading(),
                  Integer.toString(s.pagesEighths()),
                  String.format(Locale.ROOT, "%.1f", s.screenSeconds()),
                  s.tier(),
                  Long.toString(s.cost().tokens()),
                  scene.cost().plain(),
                  scene.allocation() == null ? "" : scene.allocation().plain(),
                  s.status().jsonName(),
                  scene.overBy().plain()));
      scene.parts().forEach(part -> row.add(part.cost().plain()));
      row.add(Figure.money(s.cacheSavings().amount(), "").plain());
      row.add(Integer.toString(s.clips()));
      row.add(Integer.toString(s.importance()));
      if (usage && scene.spend() != null) {
        SpendFigures spend = scene.spend();
        row.addAll(
            List.of(
                spend.progress().replace(' ', '_'),
                spend.actual().plain(),
                spend.calibrated().plain(),
                new Figure(spend.variance().value(), "").plain(),
                spend.remaining().plain(),
                spend.cumulative().plain()));
      }
      rows.add(row);
    }
    return CsvTable.write(header, rows);
  }
}
