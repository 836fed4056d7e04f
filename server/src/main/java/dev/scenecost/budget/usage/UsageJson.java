package dev.scenecost.budget.usage;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.scenecost.budget.usage.calibration.Calibration;
import dev.scenecost.budget.usage.calibration.ModalityFactor;
import dev.scenecost.budget.usage.calibration.SceneCalibrationInput;
import dev.scenecost.budget.usage.forecast.Forecast;
import dev.scenecost.budget.usage.forecast.SceneForecast;
import dev.scenecost.budget.usage.ledger.LedgerProblem;
import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.ModalityAmounts;
import dev.scenecost.budget.usage.ledger.SceneRef;

/**
 * The {@code usage} section of the report JSON: actuals, variance, calibration, forecast and the
 * burn-down, for {@code scenecost report --usage --format json}, the language server's report
 * request and the budget view. Documented in docs/usage-tracking.md; fields are only added.
 */
public final class UsageJson {
  private UsageJson() {}

  public static JsonObject toJson(UsageAnalysis analysis) {
    JsonObject usage = new JsonObject();
    usage.addProperty("ledger", analysis.usage().ledger().file().getFileName().toString());
    usage.addProperty("ledgerExists", analysis.usage().ledger().exists());
    usage.add("calibration", calibration(analysis.calibration()));
    usage.add("forecast", forecast(analysis.forecast()));
    JsonArray scenes = new JsonArray();
    for (SceneForecast scene : analysis.forecast().scenes()) {
      SceneCalibrationInput plan = analysis.plans().get(scene.scene().index());
      scenes.add(scene(scene, plan));
    }
    usage.add("scenes", scenes);
    JsonArray problems = new JsonArray();
    analysis.usage().problems().forEach(p -> problems.add(problem(p)));
    usage.add("problems", problems);
    return usage;
  }

  private static JsonObject calibration(Calibration calibration) {
    JsonObject json = new JsonObject();
    json.addProperty("calibrated", calibration.calibrated());
    JsonArray basis = new JsonArray();
    calibration.basis().forEach(scene -> basis.add(scene.index()));
    json.add("basisScenes", basis);
    JsonObject factors = new JsonObject();
    for (ModalityFactor factor : calibration.factors().values()) {
      JsonObject entry = new JsonObject();
      entry.addProperty("actual", factor.actual());
      entry.addProperty("estimate", factor.estimate());
      if (factor.ratio().isPresent()) {
        entry.addProperty("ratio", factor.ratio().getAsDouble());
      } else {
        entry.add("ratio", JsonNull.INSTANCE);
      }
      factors.add(factor.modality().word(), entry);
    }
    json.add("factors", factors);
    return json;
  }

  private static JsonObject forecast(Forecast forecast) {
    JsonObject json = new JsonObject();
    json.addProperty("spent", forecast.spent());
    json.addProperty("unmatchedSpent", forecast.unmatchedSpent());
    json.addProperty("rawEstimate", forecast.rawEstimate());
    json.addProperty("calibratedEstimate", forecast.calibratedEstimate());
    json.addProperty("remaining", forecast.remaining());
    json.addProperty("contingencyPercent", forecast.contingencyPercent());
    json.addProperty("remainingContingency", forecast.remainingContingency());
    json.addProperty("total", forecast.total());
    nullable(json, "budget", forecast.budget());
    nullable(json, "overBy", forecast.overBy().orElse(null));
    json.addProperty("fits", forecast.fits());
    SceneRef runsOut = forecast.runsOutAt();
    nullable(json, "runsOutAtScene", runsOut == null ? null : (double) runsOut.index());
    return json;
  }

  private static JsonObject scene(SceneForecast scene, SceneCalibrationInput plan) {
    JsonObject json = new JsonObject();
    json.addProperty("index", scene.scene().index());
    json.addProperty("number", scene.scene().number());
    json.addProperty("heading", scene.scene().heading());
    json.addProperty("progress", scene.progress().name().toLowerCase(java.util.Locale.ROOT));
    json.addProperty("actual", scene.actual());
    json.add("actualByModality", amounts(plan.actual()));
    json.addProperty("rawEstimate", scene.rawEstimate());
    json.addProperty("calibratedEstimate", scene.calibratedEstimate());
    json.addProperty("variance", scene.variance());
    json.addProperty("remaining", scene.remaining());
    json.addProperty("projected", scene.projected());
    json.addProperty("cumulative", scene.cumulative());
    nullable(json, "budgetLeft", scene.budgetLeft());
    return json;
  }

  private static JsonObject amounts(ModalityAmounts amounts) {
    JsonObject json = new JsonObject();
    for (Modality modality : Modality.values()) {
      json.addProperty(modality.word(), amounts.get(modality));
    }
    return json;
  }

  private static JsonObject problem(LedgerProblem problem) {
    JsonObject json = new JsonObject();
    json.addProperty("file", problem.file() == null ? null : problem.file().toString());
    json.addProperty("line", problem.line());
    json.addProperty("code", problem.code());
    json.addProperty("message", problem.message());
    json.addProperty("rowSkipped", problem.rowSkipped());
    return json;
  }

  private static void nullable(JsonObject json, String key, Double value) {
    if (value == null) {
      json.add(key, JsonNull.INSTANCE);
    } else if (key.equals("runsOutAtScene")) {
      json.addProperty(key, value.intValue());
    } else {
      json.addProperty(key, value);
    }
  }
}
