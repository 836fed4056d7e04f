package dev.scenecost.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.FountainParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The round-priced test configuration (test resources budget/test-config.json) and helpers. */
public final class TestConfigs {
  private static ProjectConfig simple;

  private TestConfigs() {}

  /**
   * Video $0.40/s (hero, 1920x1080), $0.10/s (standard, 1280x720), $0.02/s (background, 1280x720,
   * 10 s clips); images $0.05 each (sheets of 4, plates of 3; background 2 and 2); voice $0.0001
   * per character, 2 takes (background 1); text $1 / $2 per million tokens, cached input $0.10 per
   * million, 100 output tokens per prompt; descriptions 50 tokens; 3 generations per usable second;
   * contingency 20%; lexicon: stunts 0.5 (fight, explode), crowd 0.4 (crowd), weather 0.2 (rain,
   * "car chase").
   */
  public static synchronized ProjectConfig simple() {
    if (simple == null) {
      LoadedConfig loaded =
          ConfigLoader.fromText(resource("/budget/test-config.json"), "test-config.json");
      assertEquals(List.of(), loaded.problems());
      simple = loaded.config();
    }
    return simple;
  }

  public static FilmEstimate estimate(String fountain) {
    return new BudgetEngine().estimate(FountainParser.parse(fountain), simple());
  }

  public static String resource(String path) {
    try (InputStream in = TestConfigs.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
