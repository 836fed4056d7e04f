package dev.scenecost.budget.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The {@code display} objects of the report JSON: the text of each figure beside its number, and
 * the lens and status-bar lines, so the editor's budget view and status bar read exactly what the
 * code lens and the CLI read (docs/report-json.md).
 */
final class ReportDisplay {
  private ReportDisplay() {}

  static JsonObject film(BudgetReport report) {
    FilmFigures film = report.film();
    JsonObject o = new JsonObject();
    o.addProperty("currencySymbol", report.currencySymbol());
    text(o, "screenTime", film.screenTime());
    text(o, "pages", film.pages());
    text(o, "tokens", film.tokens());
    text(o, "cost", film.cost());
    text(o, "contingencyPercent", film.contingencyPercent());
    text(o, "contingency", film.contingency());
    text(o, "costWithContingency", film.withContingency());
    text(o, "cacheSavings", film.cacheSavings());
    text(o, "cacheSavingsTokens", film.cacheTokens());
    text(o, "budget", film.budget());
    text(o, "budgetUsedPercent", film.budgetUsed());
    text(o, "overBy", film.overBy());
    o.add("parts", parts(film));
    o.addProperty("lens", film.lens());
    JsonObject status = new JsonObject();
    status.addProperty("text", film.status().text());
    status.addProperty("tooltip", film.status().tooltip());
    status.addProperty("over", film.status().over());
    o.add("statusBar", status);
    return o;
  }

  private static JsonArray parts(FilmFigures film) {
    JsonArray parts = new JsonArray();
    for (Part part : film.parts()) {
      JsonObject p = new JsonObject();
      p.addProperty("key", part.key());
      p.addProperty("label", part.label());
      p.addProperty("cost", part.cost().text());
      p.addProperty("tokens", part.tokens().text());
      parts.add(p);
    }
    return parts;
  }

  static JsonObject scene(SceneFigures scene) {
    JsonObject o = new JsonObject();
    o.addProperty("label", scene.label());
    text(o, "pages", scene.pages());
    text(o, "screenTime", scene.time());
    text(o, "tokens", scene.tokens());
    text(o, "cost", scene.cost());
    text(o, "allocation", scene.allocation());
    text(o, "allocationUsedPercent", scene.usedOfAllocation());
    text(o, "overBy", scene.overBy());
    o.addProperty("status", scene.status());
    o.addProperty("lens", scene.lens());
    o.addProperty("outline", scene.outline());
    o.addProperty("name", scene.name());
    return o;
  }

  static JsonObject spend(SpendFigures spend) {
    JsonObject o = new JsonObject();
    o.addProperty("progress", spend.progress());
    text(o, "actual", spend.actual());
    text(o, "rawEstimate", spend.estimate());
    text(o, "calibratedEstimate", spend.calibrated());
    text(o, "variance", spend.variance());
    text(o, "remaining", spend.remaining());
    text(o, "cumulative", spend.cumulative());
    o.addProperty("lens", spend.lens());
    return o;
  }

  static JsonObject forecast(ForecastFigures forecast) {
    JsonObject o = new JsonObject();
    text(o, "spent", forecast.spent());
    text(o, "unmatchedSpent", forecast.unmatchedSpent());
    text(o, "remaining", forecast.remaining());
    text(o, "contingencyPercent", forecast.contingencyPercent());
    text(o, "total", forecast.total());
    text(o, "budget", forecast.budget());
    text(o, "overBy", forecast.overBy());
    text(o, "spare", forecast.spare());
    o.addProperty("runsOutAt", forecast.runsOutAt());
    o.addProperty("lens", forecast.lens());
    return o;
  }

  private static void text(JsonObject o, String name, Figure figure) {
    if (figure == null) {
      o.add(name, JsonNull.INSTANCE);
    } else {
      o.addProperty(name, figure.text());
    }
  }
}
