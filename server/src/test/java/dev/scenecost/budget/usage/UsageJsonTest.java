package dev.scenecost.budget.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import dev.scenecost.budget.usage.calibration.Calibration;
import dev.scenecost.budget.usage.calibration.Calibrator;
import dev.scenecost.budget.usage.calibration.Scenes;
import dev.scenecost.budget.usage.forecast.Forecaster;
import dev.scenecost.budget.usage.ledger.Ledger;
import dev.scenecost.budget.usage.ledger.LedgerReader;
import dev.scenecost.budget.usage.ledger.SceneMatcher;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageJsonTest {

  @Test
  void carriesCalibrationForecastAndTheBurnDown() {
    Ledger ledger =
        LedgerReader.parse(
            Path.of("pier.fountain.usage.csv"), "date,scene,cost\n2026-11-18,99,2.00\n");
    UsageSnapshot usage =
        new UsageSnapshot(
            ledger,
            new SceneMatcher(List.of(Scenes.ONE, Scenes.TWO, Scenes.THREE, Scenes.FOUR))
                .match(ledger));
    Calibration calibration = Calibrator.fromFinishedScenes(Scenes.film());
    UsageAnalysis analysis =
        new UsageAnalysis(
            Scenes.film(),
            calibration,
            Forecaster.forecast(Scenes.film(), 2.0, calibration, 20, 70.0),
            usage,
            "$");

    JsonObject json = UsageJson.toJson(analysis);

    assertEquals("pier.fountain.usage.csv", json.get("ledger").getAsString());
    JsonObject factors = json.getAsJsonObject("calibration").getAsJsonObject("factors");
    assertEquals(1.5, factors.getAsJsonObject("video").get("ratio").getAsDouble(), 1e-9);
    JsonObject forecast = json.getAsJsonObject("forecast");
    // Same figures as ForecasterTest: total 98.10, 28.10 over 70, runs out at scene index 2.
    assertEquals(98.10, forecast.get("total").getAsDouble(), 1e-9);
    assertEquals(28.10, forecast.get("overBy").getAsDouble(), 1e-9);
    assertFalse(forecast.get("fits").getAsBoolean());
    assertEquals(2, forecast.get("runsOutAtScene").getAsInt());
    JsonObject first = json.getAsJsonArray("scenes").get(0).getAsJsonObject();
    assertEquals("done", first.get("progress").getAsString());
    assertEquals(15.0, first.getAsJsonObject("actualByModality").get("video").getAsDouble());
    assertEquals(19.35 - 13.5, first.get("variance").getAsDouble(), 1e-9);
    assertEquals(70 - 21.35, first.get("budgetLeft").getAsDouble(), 1e-9);
    JsonObject problem = json.getAsJsonArray("problems").get(0).getAsJsonObject();
    assertEquals(2, problem.get("line").getAsInt());
    assertEquals("usage-unknown-scene", problem.get("code").getAsString());
    assertEquals(4, json.getAsJsonArray("scenes").size());
  }
}
