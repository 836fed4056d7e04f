package dev.scenecost.budget.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.jfountain.FountainParser;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LiteLLM's price file, read as it is (a fixture in its format, not the real download). */
class PriceFilesTest {
  @TempDir Path folder;

  private LoadedConfig load(String settings) throws Exception {
    Files.writeString(
        folder.resolve("model_prices_and_context_window.json"),
        TestConfigs.resource("/budget/litellm-prices.json"));
    Path file = folder.resolve("scenecost.json");
    Files.writeString(file, settings);
    return ConfigLoader.loadFile(file);
  }

  @Test
  void videoPricesFollowLiteLlmsOrder() {
    // Per video second first, then the resolution key, then output_cost_per_second.
    PriceEntry all =
        entry(Map.of("output_cost_per_video_per_second", 0.5, "output_cost_per_second_1080p", 0.3));
    assertEquals(0.5, all.videoPerSecond(1080, false), 0);
    PriceEntry byResolution = entry(Map.of("output_cost_per_second_1080p", 0.3));
    assertEquals(0.3, byResolution.videoPerSecond(1080, false), 0);
    // No key for 720p: the plain per-second price.
    assertEquals(0.1, byResolution.videoPerSecond(720, false), 0);
    // 4K is looked up as 4k, then 2160p.
    assertEquals(
        0.9, entry(Map.of("output_cost_per_second_2160p", 0.9)).videoPerSecond(2160, false), 0);
    // With audio, Scenecost's _with_audio keys come first.
    PriceEntry audio =
        entry(
            Map.of(
                "output_cost_per_second_1080p_with_audio",
                0.4,
                "output_cost_per_video_per_second",
                0.5));
    assertEquals(0.4, audio.videoPerSecond(1080, true), 0);
    assertEquals(0.5, audio.videoPerSecond(1080, false), 0);
  }

  private static PriceEntry entry(Map<String, Double> more) {
    return new PriceEntry(
        "m", "video", 0.1, null, null, null, null, null, null, "test", null, more, List.of(), null,
        null, "test");
  }

  @Test
  void entriesAreReadWithLiteLlmsFieldNamesAndReplaceBuiltInsOfTheSameKey() throws Exception {
    LoadedConfig loaded = load("{\"priceFiles\": [\"model_prices_and_context_window.json\"]}");
    assertEquals(List.of(), loaded.problems());
    ProjectConfig config = loaded.config();
    PriceEntry runway = config.catalog().get("runwayml/gen4_turbo");
    assertEquals("video", runway.mode());
    assertEquals(0.5, runway.videoPerSecond(720, false), 0);
    // Replaced whole: the built-in's clip lengths do not survive.
    assertEquals(List.of(), runway.clipSeconds());
    assertTrue(runway.origin().endsWith("model_prices_and_context_window.json"), runway.origin());
    assertEquals(
        0.034,
        config.catalog().get("medium/1024-x-1024/gpt-image-1.5").imagePrice(1024, 1024, 0),
        0);
    assertEquals(0.0003, config.catalog().get("elevenlabs/eleven_v3").inputCostPerCharacter(), 0);
    assertEquals(LocalDate.of(2027, 6, 30), config.catalog().get("gpt-5-mini").deprecationDate());
    // Modes a film does not use, and LiteLLM's sample_spec, are left out.
    assertNull(config.catalog().get("text-embedding-3-small"));
    assertNull(config.catalog().get("sample_spec"));
  }

  @Test
  void aTierNamingAnEntryPricedPerVideoSecondIsEstimatedAtThatPrice() throws Exception {
    LoadedConfig loaded =
        load(
            "{\"priceFiles\": [\"model_prices_and_context_window.json\"], \"defaultTier\": \"background\"}");
    SceneEstimate scene =
        new BudgetEngine()
            .estimate(FountainParser.parse("INT. HALL - DAY\n\nQuiet.\n"), loaded.config())
            .scenes()
            .get(0);
    // Background at the file's $0.50 per video second, billed by the second (no clip lengths):
    // every generated second costs $0.50.
    assertEquals(scene.generatedSeconds() * 0.5, scene.modalities().video().amount(), 1e-9);
  }

  @Test
  void aBrokenFileIsASettingsProblemWithItsFileAndLine() throws Exception {
    Files.writeString(
        folder.resolve("broken.json"), "{\n  \"a\": {\"mode\": \"video_generation\",\n}\n");
    Path file = folder.resolve("scenecost.json");
    Files.writeString(file, "{\"priceFiles\": [\"broken.json\"]}");
    LoadedConfig loaded = ConfigLoader.loadFile(file);
    assertEquals(1, loaded.problems().size());
    ConfigProblem problem = loaded.problems().get(0);
    assertEquals(folder.resolve("broken.json").toString(), problem.file());
    assertEquals(3, problem.line());
    assertTrue(problem.message().contains("its prices are not used"), problem.message());
  }

  @Test
  void aMissingOrHugeFileIsASettingsProblemAtItsName() throws Exception {
    try (RandomAccessFile huge = new RandomAccessFile(folder.resolve("huge.json").toFile(), "rw")) {
      huge.setLength(PriceFiles.MAX_BYTES + 1);
    }
    Path file = folder.resolve("scenecost.json");
    Files.writeString(file, "{\n  \"priceFiles\": [\"missing.json\", \"huge.json\"]\n}\n");
    LoadedConfig loaded = ConfigLoader.loadFile(file);
    assertEquals(2, loaded.problems().size());
    assertEquals(2, loaded.problems().get(0).line());
    assertTrue(loaded.problems().get(0).message().contains("does not exist"));
    assertTrue(loaded.problems().get(1).message().contains("up to 16 MB"));
  }
}
