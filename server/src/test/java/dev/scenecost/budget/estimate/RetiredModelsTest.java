package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.PriceEntry;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.SettingsEdit;
import dev.scenecost.jfountain.FountainParser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetiredModelsTest {
  // Line 1: {"tiers": {"hero": {"video": {"model": "sora-2"}}}}; "sora-2" opens at column 40.
  static final String CONFIG = "{\"tiers\": {\"hero\": {\"video\": {\"model\": \"sora-2\"}}}}";

  static List<Finding> retired(String config, String day) {
    LoadedConfig loaded = ConfigLoader.fromText(config, "/films/scenecost.json");
    assertEquals(List.of(), loaded.problems());
    Clock clock =
        Clock.fixed(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    FilmEstimate film =
        new BudgetEngine(new TokenCounter(), clock)
            .estimate(FountainParser.parse("INT. HALL - DAY\n\nQuiet.\n"), loaded.config());
    return film.findings().stream().filter(f -> f.code() == FindingCode.RETIRED_MODEL).toList();
  }

  @Test
  void aTierNamingAModelRetiredBeforeTodayWarnsWithItsSuccessorAndAFixInTheSettings() {
    List<Finding> findings = retired(CONFIG, "2026-12-01");
    assertEquals(1, findings.size());
    Finding finding = findings.get(0);
    assertEquals(
        "Tier \"hero\" uses sora-2 for its video, which was retired on 2026-09-24 and can no"
            + " longer be bought; its estimate uses the last list price. Use its successor"
            + " gemini/veo-3.1-fast-generate-preview instead (in scenecost.json).",
        finding.message());
    assertEquals(
        new SettingsEdit(
            "/films/scenecost.json",
            1,
            40,
            8,
            "\"gemini/veo-3.1-fast-generate-preview\"",
            "Use gemini/veo-3.1-fast-generate-preview for the video of tier hero"),
        finding.settingsEdit());
  }

  @Test
  void theSameModelBeforeItsRetirementDayIsFine() {
    assertEquals(List.of(), retired(CONFIG, "2026-09-23"));
    // Retired on the day itself.
    assertEquals(1, retired(CONFIG, "2026-09-24").size());
  }

  @Test
  void theBuiltInTiersUseNoRetiredModel() {
    assertEquals(List.of(), retired("{}", "2026-12-01"));
    for (var tier : ConfigLoader.defaults().tiers().values()) {
      for (String model : tier.models().values()) {
        PriceEntry entry = ConfigLoader.defaults().catalog().get(model);
        assertTrue(entry.deprecationDate() == null, tier.name() + " uses " + model);
      }
    }
  }

  @Test
  void aSuccessorWithoutAPriceIsNamedWithoutAFix() {
    String config = "{\"tiers\": {\"standard\": {\"keyframes\": {\"model\": \"gpt-image-1\"}}}}";
    Finding finding = retired(config, "2026-12-01").get(0);
    assertTrue(finding.message().contains("Its successor is gpt-image-2"), finding.message());
    assertEquals(null, finding.settingsEdit());
  }
}
