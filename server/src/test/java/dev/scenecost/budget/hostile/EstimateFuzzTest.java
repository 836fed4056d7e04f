package dev.scenecost.budget.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonPrimitive;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.config.LoadedConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of the estimate (Jazzer). In {@code mvn verify} each test replays its
 * saved inputs (src/test/resources/.../EstimateFuzzTestInputs/METHOD/) once, in well under a
 * second; {@code mvn verify -Pfuzz} searches for new ones (README, "Tests beyond mvn verify"), and
 * an input that breaks an invariant is saved to add there.
 *
 * <p>Inputs are bytes with a meaning simple enough to write by hand: in {@link #settingValue} the
 * first byte picks the key, the second how the rest is written.
 */
class EstimateFuzzTest {
  private static final List<List<String>> KEYS =
      Stream.concat(
              GeneratedInputsTest.numericKeys().stream(), GeneratedInputsTest.OTHER_KEYS.stream())
          .toList();

  /**
   * One key of scenecost.json with any value, or one note: byte 0 picks the key, byte 1 how the
   * rest is used (0 raw JSON, 1 a JSON string, 2 a scene note, 3 the title page's budget).
   */
  @FuzzTest(maxDuration = "5m")
  void settingValue(byte[] input) {
    if (input.length < 2) {
      return;
    }
    List<String> path = KEYS.get((input[0] & 0xff) % KEYS.size());
    String rest = new String(input, 2, input.length - 2, StandardCharsets.UTF_8);
    String film = GeneratedInputsTest.FILM;
    String settings = "{}";
    switch ((input[1] & 0xff) % 4) {
      case 0 -> settings = GeneratedInputsTest.settingsWith(path, rest);
      case 1 ->
          settings = GeneratedInputsTest.settingsWith(path, new JsonPrimitive(rest).toString());
      case 2 -> film = film.replace("Waves hit", "[[" + rest + "]]\n\nWaves hit");
      default -> film = film.replace("Title: Pier\n", "Title: Pier\nBudget: " + rest + "\n");
    }
    String text = settings;
    LoadedConfig loaded =
        assertTimeoutPreemptively(
            Invariants.GENEROUS, () -> ConfigLoader.fromText(text, "scenecost.json"));
    for (ConfigProblem problem : loaded.problems()) {
      assertTrue(problem.line() >= 0 && problem.column() >= 0, problem.toString());
      assertTrue(!problem.message().isBlank(), problem.toString());
    }
    Invariants.estimate(film, loaded.config());
  }

  /** Any screenplay text, estimated with the built-in settings. */
  @FuzzTest(maxDuration = "5m")
  void screenplay(byte[] input) {
    Invariants.estimate(new String(input, StandardCharsets.UTF_8), ConfigLoader.defaults());
  }
}
