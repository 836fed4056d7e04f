package dev.scenecost.budget.usage;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.report.ReportFormat;
import dev.scenecost.budget.usage.forecast.SceneForecast;
import dev.scenecost.budget.usage.ledger.CsvReader;
import dev.scenecost.budget.usage.ledger.CsvRecord;
import dev.scenecost.budget.usage.ledger.CsvWriter;
import dev.scenecost.budget.usage.ledger.LedgerProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code scenecost report --usage}: the engine's report with what was really spent added — actuals,
 * variance per scene, calibration and forecast — in the same format.
 */
public final class UsageReport {
  private static final int HEADING_WIDTH = 38;

  private UsageReport() {}

  /** {@code report} rendered by the engine in {@code format}, with the usage added. */
  public static String render(ReportFormat format, String report, UsageAnalysis analysis) {
    return switch (format) {
      case JSON -> json(report, analysis);
      case CSV -> csv(report, analysis);
      case MD -> report + "\n" + markdown(analysis);
      case TABLE -> report + "\n" + table(analysis);
    };
  }

  private static String json(String report, UsageAnalysis analysis) {
    JsonObject root = JsonParser.parseString(report).getAsJsonObject();
    root.add("usage", UsageJson.toJson(analysis));
    return new GsonBuilder()
            .setPrettyPrinting()
            .serializeNulls()
            .disableHtmlEscaping()
            .create()
            .toJson(root)
        + "\n";
  }

  /** Adds columns to the engine's one-row-per-scene CSV, in its currency suffix. */
  private static String csv(String report, UsageAnalysis analysis) {
    List<CsvRecord> records = CsvReader.readWithoutComments(report);
    if (records.isEmpty()) {
      return report;
    }
    String suffix =
        records.get(0).fields().stream()
            .filter(f -> f.startsWith("cost_"))
            .findFirst()
            .map(f -> f.substring("cost".length()))
            .orElse("");
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(records.get(0).fields());
    header.addAll(
        List.of(
            "progress",
            "spent" + suffix,
            "calibrated" + suffix,
            "variance" + suffix,
            "remaining" + suffix,
            "cumulative" + suffix));
    out.append(CsvWriter.row(header)).append('\n');
    List<SceneForecast> scenes = analysis.forecast().scenes();
    for (int i = 1; i < records.size(); i++) {
      List<String> row = new ArrayList<>(records.get(i).fields());
      if (i - 1 < scenes.size()) {
        SceneForecast scene = scenes.get(i - 1);
        row.addAll(
            List.of(
                scene.progress().name().toLowerCase(Locale.ROOT),
                plain(scene.actual()),
                plain(scene.calibratedEstimate()),
                plain(scene.variance()),
                plain(scene.remaining()),
                plain(scene.cumulative())));
      }
      out.append(CsvWriter.row(row)).append('\n');
    }
    return out.toString();
  }

  private static String table(UsageAnalysis analysis) {
    UsageWording words = new UsageWording(analysis.currencySymbol());
    StringBuilder out = new StringBuilder();
    String title = "Actual spend (" + analysis.usage().ledger().file().getFileName() + ")";
    out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%3s  %-" + HEADING_WIDTH + "s  %9s  %10s  %9s  %9s  %s%n",
            "#",
            "Scene",
            "Estimate",
            "Calibrated",
            "Spent",
            "Variance",
            "Progress"));
    for (SceneForecast scene : analysis.forecast().scenes()) {
      String heading = scene.scene().heading();
      if (heading.length() > HEADING_WIDTH) {
        heading = heading.substring(0, HEADING_WIDTH - 1) + "…";
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%3s  %-" + HEADING_WIDTH + "s  %9s  %10s  %9s  %9s  %s%n",
              label(scene),
              heading,
              money(analysis, scene.rawEstimate()),
              money(analysis, scene.calibratedEstimate()),
              scene.actual() == 0 ? "-" : money(analysis, scene.actual()),
              scene.actual() == 0 ? "-" : signed(analysis, scene.variance()),
              scene.progress().words()));
    }
    out.append('\n');
    if (analysis.calibration().calibrated()) {
      out.append("Calibrated from the finished scenes:\n");
      words.factors(analysis.calibration()).forEach(l -> out.append("  ").append(l).append('\n'));
    }
    words.forecastSummary(analysis.forecast()).forEach(l -> out.append(l).append('\n'));
    problems(analysis, out, "");
    return out.toString();
  }

  private static String markdown(UsageAnalysis analysis) {
    UsageWording words = new UsageWording(analysis.currencySymbol());
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
    for (SceneForecast scene : analysis.forecast().scenes()) {
      out.append("| ")
          .append(label(scene))
          .append(" | ")
          .append(scene.scene().heading().replace("|", "\\|"))
          .append(" | ")
          .append(money(analysis, scene.rawEstimate()))
          .append(" | ")
          .append(money(analysis, scene.calibratedEstimate()))
          .append(" | ")
          .append(scene.actual() == 0 ? "" : money(analysis, scene.actual()))
          .append(" | ")
          .append(scene.actual() == 0 ? "" : signed(analysis, scene.variance()))
          .append(" | ")
          .append(scene.progress().words())
          .append(" |\n");
    }
    problems(analysis, out, "- ");
    return out.toString();
  }

  private static void problems(UsageAnalysis analysis, StringBuilder out, String bullet) {
    List<LedgerProblem> problems = analysis.usage().problems();
    if (!problems.isEmpty()) {
      out.append("\nLedger problems:\n");
      problems.forEach(p -> out.append(bullet.isEmpty() ? "  " : bullet).append(p).append('\n'));
    }
  }

  private static String label(SceneForecast scene) {
    return scene.scene().number() != null
        ? scene.scene().number()
        : Integer.toString(scene.scene().index() + 1);
  }

  private static String money(UsageAnalysis analysis, double amount) {
    return Amounts.money(cents(amount), analysis.currencySymbol());
  }

  private static String signed(UsageAnalysis analysis, double amount) {
    return (cents(amount) > 0 ? "+" : "") + money(analysis, amount);
  }

  private static String plain(double amount) {
    return BigDecimal.valueOf(cents(amount)).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static double cents(double amount) {
    return BigDecimal.valueOf(amount)
        .setScale(9, RoundingMode.HALF_UP)
        .setScale(2, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
