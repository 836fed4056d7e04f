package dev.scenecost.lsp.services;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.report.ReportJson;
import dev.scenecost.budget.report.ShotListReport;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.usage.UsageJson;
import dev.scenecost.jfountain.Screenplay;

/**
 * The one place the language service calls the budget engine. One engine serves every document, so
 * its memo of chunk token counts makes re-estimating after a keystroke cheap.
 */
final class EngineGateway {
  private final BudgetEngine engine = new BudgetEngine();

  FilmEstimate estimate(Screenplay screenplay, ProjectConfig config) {
    return engine.estimate(screenplay, config);
  }

  /** The report JSON of {@code scenecost report --format json}; null JSON without an estimate. */
  JsonElement report(Analysis analysis) {
    return analysis
        .estimate()
        .<JsonElement>map(
            film -> withUsage(ReportJson.toJson(film, analysis.project().problems()), analysis))
        .orElse(JsonNull.INSTANCE);
  }

  /**
   * The shot list: the JSON object for {@code json}, the text as a JSON string for {@code csv} and
   * {@code table}; null JSON without an estimate.
   */
  JsonElement shots(Analysis analysis, String format) {
    return analysis
        .estimate()
        .<JsonElement>map(
            film -> {
              String text =
                  ShotListReport.render(
                      ShotListReport.of(film, analysis.project().config()), format);
              return format.equalsIgnoreCase("json")
                  ? JsonParser.parseString(text)
                  : new JsonPrimitive(text);
            })
        .orElse(JsonNull.INSTANCE);
  }

  /**
   * The {@code usage} object of {@code scenecost report --usage}, when the screenplay has a ledger.
   */
  private static JsonElement withUsage(JsonElement report, Analysis analysis) {
    analysis
        .usage()
        .filter(DocumentUsage::tracked)
        .flatMap(DocumentUsage::usageAnalysis)
        .filter(usage -> report.isJsonObject())
        .ifPresent(usage -> report.getAsJsonObject().add("usage", UsageJson.toJson(usage)));
    return report;
  }
}
