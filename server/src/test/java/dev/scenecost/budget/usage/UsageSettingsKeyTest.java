package dev.scenecost.budget.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.usage.imports.ImportMappings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * scenecost.json's {@code usage} key belongs to the usage ledger: the engine's settings binder must
 * not call it unknown (it used to suggest "page"), while the import mappings still read it.
 */
class UsageSettingsKeyTest {
  private static final String CONFIG =
      """
      { "budget": 100,
        "usage": { "imports": { "runway": { "date": "Date", "scene": "Task", "cost": "Cost" } } } }
      """;

  @Test
  void theUsageKeyIsNotAnUnknownSetting() {
    LoadedConfig loaded = ConfigLoader.fromText(CONFIG, "scenecost.json");
    assertEquals(List.of(), loaded.problems());
    assertEquals(100.0, loaded.config().budget());
    assertEquals(
        List.of("runway"),
        List.copyOf(ImportMappings.fromText(CONFIG, "scenecost.json").mappings().keySet()));
  }

  @Test
  void aMisspeltUsageKeyIsStillReported() {
    // "usege" is one letter from "usage": the binder now knows the key and suggests it.
    LoadedConfig loaded = ConfigLoader.fromText("{\"usege\": {}}", "scenecost.json");
    assertEquals(
        "Unknown setting \"usege\"; did you mean \"usage\"?", loaded.problems().get(0).message());
  }
}
