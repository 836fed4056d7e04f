package dev.scenecost.budget.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private static LoadedConfig load(String json) {
    return ConfigLoader.fromText(json, "scenecost.json");
  }

  private static ConfigProblem onlyProblem(LoadedConfig loaded) {
    assertEquals(1, loaded.problems().size(), loaded.problems().toString());
    return loaded.problems().get(0);
  }

  @Test
  void theDefaultsHaveFourTiersStandardFirstAndACompleteCatalog() {
    ProjectConfig defaults = ConfigLoader.defaults();
    assertEquals(
        List.of("hero", "standard", "background", "previz"),
        List.copyOf(defaults.tiers().keySet()));
    assertEquals("standard", defaults.defaultTier());
    assertEquals(25.0, defaults.contingencyPercent(), 0);
    assertEquals(3.0, defaults.yield().maxComplexityFactor(), 0);
    assertEquals(1.0, defaults.platformMarkup(), 0);
    assertNull(defaults.budget());
    for (PriceEntry entry : defaults.catalog().values()) {
      assertTrue(entry.source() != null && entry.date() != null, entry.name());
    }
    // Veo 3.1 Fast from the reference sheet (Comfy = Google list, 2026-08): 1080p $0.10 per
    // second, $0.12 with audio; 720p $0.08.
    PriceEntry fast = defaults.price("gemini/veo-3.1-fast-generate-preview").orElseThrow();
    assertEquals(0.10, fast.videoPerSecond(1080, false), 0);
    assertEquals(0.12, fast.videoPerSecond(1080, true), 0);
    assertEquals(0.08, fast.videoPerSecond(720, false), 0);
  }

  @Test
  void aFileOverridesOnlyWhatItSays() {
    LoadedConfig loaded =
        load(
            "{\"budget\": \"$12,000\", \"tiers\": {\"hero\": {\"video\":"
                + " {\"model\": \"kling/v3.0\"}}}}");
    assertEquals(List.of(), loaded.problems());
    ProjectConfig config = loaded.config();
    assertEquals(12_000.0, config.budget(), 0);
    assertEquals("kling/v3.0", config.tiers().get("hero").video().model());
    // The rest of hero's video is still the built-in 1920x1080 at 24 fps.
    assertEquals(1920, config.tiers().get("hero").video().width());
    assertEquals("standard", config.defaultTier());
  }

  @Test
  void aNewTierStartsFromStandard() {
    ProjectConfig config =
        load("{\"tiers\": {\"cheap-crowd\": {\"video\": {\"model\":"
                + " \"runwayml/gen4_turbo\"}}}}")
            .config();
    Tier tier = config.tiers().get("cheap-crowd");
    assertEquals("runwayml/gen4_turbo", tier.video().model());
    assertEquals(ConfigLoader.defaults().tiers().get("standard").images(), tier.images());
  }

  @Test
  void aSyntaxErrorNamesLineAndColumnAndTheDefaultsApply() {
    LoadedConfig loaded = load("{\n  \"budget\": 12000\n  \"defaultTier\": \"hero\"\n}");
    ConfigProblem problem = onlyProblem(loaded);
    assertEquals("scenecost.json", problem.file());
    // The missing comma is noticed where "defaultTier" starts: line 3, column 3.
    assertEquals(3, problem.line());
    assertEquals(3, problem.column());
    assertTrue(
        problem.message().startsWith("Expected ',' or '}' after the value of \"budget\""),
        problem.message());
    assertEquals(ConfigLoader.defaults(), loaded.config());
  }

  @Test
  void anUnknownDefaultTierIsReportedAtItsValue() {
    LoadedConfig loaded = load("{\n  \"defaultTier\": \"heor\"\n}");
    ConfigProblem problem = onlyProblem(loaded);
    assertEquals(2, problem.line());
    assertEquals(18, problem.column());
    assertEquals(
        "Unknown tier \"heor\" in defaultTier; use one of hero, standard, background,"
            + " previz. Using standard.",
        problem.message());
    assertEquals("standard", loaded.config().defaultTier());
  }

  @Test
  void aMalformedPriceKeepsTheBuiltInOne() {
    LoadedConfig loaded =
        load("{\"catalog\": {\"ltx-2-fast\": {\"output_cost_per_second\": \"cheap\"}}}");
    ConfigProblem problem = onlyProblem(loaded);
    // {"catalog": {"ltx-2-fast": {"output_cost_per_second": "cheap"}}}: "cheap" starts at column
    // 55.
    assertEquals(1, problem.line());
    assertEquals(55, problem.column());
    assertEquals(
        "Malformed price \"cheap\" for output_cost_per_second of \"ltx-2-fast\"; write a"
            + " number of US dollars such as 0.15 (from 0 to 10000). Using the built-in 0.04",
        problem.message());
    assertEquals(0.04, loaded.config().price("ltx-2-fast").orElseThrow().outputCostPerSecond(), 0);
  }

  @Test
  void aNegativePriceIsMalformedToo() {
    LoadedConfig loaded = load("{\"catalog\": {\"mine\": {\"output_cost_per_second\": -1}}}");
    assertTrue(onlyProblem(loaded).message().startsWith("Malformed price -1"));
  }

  @Test
  void anUnknownModelInATierSuggestsTheClosestAndKeepsTheDefault() {
    LoadedConfig loaded = load("{\"tiers\": {\"hero\": {\"video\": {\"model\": \"sora-3\"}}}}");
    ConfigProblem problem = onlyProblem(loaded);
    assertEquals(
        "Unknown model \"sora-3\" for the video of tier \"hero\"; add it to \"catalog\" or"
            + " use \"sora-2\". Using gemini/veo-3.1-generate-preview.",
        problem.message());
    assertEquals(
        "gemini/veo-3.1-generate-preview", loaded.config().tiers().get("hero").video().model());
  }

  @Test
  void aModelWithoutTheRightPriceIsRefused() {
    // A text model cannot make video.
    LoadedConfig loaded = load("{\"tiers\": {\"hero\": {\"video\": {\"model\": \"gpt-5\"}}}}");
    assertEquals(
        "Model \"gpt-5\" is a text model and cannot be the video of tier \"hero\"; use a"
            + " video model. Using gemini/veo-3.1-generate-preview.",
        onlyProblem(loaded).message());
    // A model without a mode but also without a video price is refused for its price.
    LoadedConfig noPrice =
        load(
            "{\"catalog\": {\"x\": {\"input_cost_per_token\": 0.1}},"
                + " \"tiers\": {\"hero\": {\"video\": {\"model\": \"x\"}}}}");
    assertEquals(
        "Model \"x\" has no video price (output_cost_per_second, output_cost_per_video_per_second,"
            + " output_cost_per_second_<resolution> or output_cost_per_token)"
            + " in the catalog; add one. Using gemini/veo-3.1-generate-preview.",
        onlyProblem(noPrice).message());
  }

  @Test
  void aMisspeltSettingIsReported() {
    ConfigProblem problem = onlyProblem(load("{\"budjet\": 100}"));
    assertEquals("Unknown setting \"budjet\"; did you mean \"budget\"?", problem.message());
  }

  @Test
  void anotherCurrencyNeedsAnExchangeRate() {
    LoadedConfig loaded = load("{\"currency\": \"EUR\"}");
    assertTrue(onlyProblem(loaded).message().startsWith("Catalog prices are in US dollars"));
    LoadedConfig withRate = load("{\"currency\": \"EUR\", \"exchangeRate\": 0.9}");
    assertEquals(List.of(), withRate.problems());
    assertEquals("€", withRate.config().currencySymbol());
    assertEquals(0.9, withRate.config().exchangeRate(), 0);
  }

  @Test
  void anExchangeRateConvertsEveryAmount() {
    var engine = new dev.scenecost.budget.BudgetEngine();
    var screenplay = dev.scenecost.jfountain.FountainParser.parse("INT. HALL - DAY\n\nQuiet.\n");
    double dollars = engine.estimate(screenplay, ConfigLoader.defaults()).cost().amount();
    double euros =
        engine
            .estimate(screenplay, load("{\"currency\": \"EUR\", \"exchangeRate\": 0.5}").config())
            .cost()
            .amount();
    assertEquals(dollars * 0.5, euros, 1e-9);
  }

  @Test
  void theConfigIsFoundBesideTheScriptOrInAParentUpToTheWorkspaceRoot() throws IOException {
    Path project = Files.createDirectories(dir.resolve("film"));
    Path scripts = Files.createDirectories(project.resolve("drafts/act1"));
    Path script = Files.writeString(scripts.resolve("a.fountain"), "INT. A - DAY\n");
    Files.writeString(project.resolve("scenecost.json"), "{\"budget\": 500}");
    assertEquals(
        project.resolve("scenecost.json"), ConfigLoader.find(script, project).orElseThrow());
    LoadedConfig loaded = ConfigLoader.load(script, project);
    assertEquals(500.0, loaded.config().budget(), 0);
    assertEquals(project.resolve("scenecost.json"), loaded.file());
    // Not above the workspace root.
    assertTrue(ConfigLoader.find(script, scripts.getParent()).isEmpty());
    // The nearest wins.
    Files.writeString(scripts.resolve("scenecost.json"), "{\"budget\": 700}");
    assertEquals(700.0, ConfigLoader.load(script, project).config().budget(), 0);
  }

  @Test
  void anUnreadableFileIsAProblemNotACrash() {
    LoadedConfig loaded = ConfigLoader.loadFile(dir.resolve("missing.json"));
    assertEquals(1, loaded.problems().size());
    assertTrue(loaded.problems().get(0).message().startsWith("Can't read this settings file"));
    assertEquals(ConfigLoader.defaults(), loaded.config());
  }

  @Test
  void nullRemovesABuiltInTier() {
    ProjectConfig config = load("{\"tiers\": {\"previz\": null}}").config();
    assertEquals(List.of("hero", "standard", "background"), List.copyOf(config.tiers().keySet()));
  }

  @Test
  void effectsCategoriesAreCheckedAndExtendable() {
    LoadedConfig loaded =
        load(
            "{\"effects\": {\"magic\": {\"weight\": 0.7, \"terms\": [\"Spell\"]},"
                + " \"crowd\": {\"weight\": -1, \"terms\": [\"crowd\"]}}}");
    ConfigProblem problem = onlyProblem(loaded);
    assertTrue(problem.message().startsWith("Effects category \"crowd\" needs a \"weight\""));
    EffectCategory magic =
        loaded.config().effects().stream()
            .filter(c -> c.name().equals("magic"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("spell"), magic.terms());
  }

  @Test
  void fitSettingsRankTheTiersAsListedUnlessAQualityIsGiven() {
    FitSettings defaults = ConfigLoader.defaults().fit();
    assertEquals(4, defaults.qualityOf("hero"));
    assertEquals(3, defaults.qualityOf("standard"));
    assertEquals(2, defaults.qualityOf("background"));
    assertEquals(1, defaults.qualityOf("previz"));
    assertEquals(FitSettings.DEFAULT_PENALTY, defaults.consistencyPenalty());
    LoadedConfig loaded =
        load(
            "{\"tiers\": {\"hero\": {\"quality\": 10}},"
                + " \"fit\": {\"consistencyPenalty\": 2, \"principalCharacters\": 1}}");
    assertEquals(List.of(), loaded.problems());
    assertEquals(10, loaded.config().fit().qualityOf("hero"));
    assertEquals(3, loaded.config().fit().qualityOf("standard"));
    assertEquals(2, loaded.config().fit().consistencyPenalty());
    assertEquals(1, loaded.config().fit().principalCharacters());
  }

  @Test
  void aQualityThatIsNotAWholeNumberIsAProblemAndTheRankApplies() {
    LoadedConfig loaded = load("{\"tiers\": {\"hero\": {\"quality\": 2.5}}}");
    assertEquals(
        "The quality of tier \"hero\" must be a whole number from 0 to 100 (higher is better);"
            + " using 4",
        onlyProblem(loaded).message());
    assertEquals(4, loaded.config().fit().qualityOf("hero"));
  }
}
