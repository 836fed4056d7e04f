package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reproductions of issue 13, end to end through the command line: each ends in a clear message
 * at the value's position and the exit code of the budget (0 fits, 1 over), never a hang, a stack
 * trace or a silent $0. Hangs are guarded by a generous timeout; the time is measured in
 * docs/performance.md, not asserted here.
 */
class HostileInputTest {
  /** Generous: a normal report takes well under a second; a hang never ends. */
  static final Duration GENEROUS = Duration.ofSeconds(60);

  private static final String FILM =
      "Title: Pier\n\nEXT. PIER - NIGHT\n\nWaves hit the pier. Mara waits under the lamp.\n\n"
          + "MARA\nHe said nine.\n\nINT. KITCHEN - DAY\n\nTom makes tea.\n";

  @TempDir Path folder;
  private Path script;
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void writeScript() throws Exception {
    script = Files.writeString(folder.resolve("pier.fountain"), FILM);
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return assertTimeoutPreemptively(
        GENEROUS,
        () -> ScenecostCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true)));
  }

  private JsonObject report() {
    int code = run("report", script.toString(), "--format", "json");
    assertEquals(0, code, err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
    return JsonParser.parseString(out.toString()).getAsJsonObject();
  }

  private double cost(JsonObject report) {
    return report.getAsJsonObject("film").get("cost").getAsDouble();
  }

  private static String problems(JsonObject report) {
    StringBuilder text = new StringBuilder();
    for (JsonElement problem : report.getAsJsonArray("problems")) {
      JsonObject p = problem.getAsJsonObject();
      text.append(Path.of(p.get("file").getAsString()).getFileName())
          .append(':')
          .append(p.get("line").getAsInt())
          .append(':')
          .append(p.get("column").getAsInt())
          .append(": ")
          .append(p.get("message").getAsString())
          .append('\n');
    }
    return text.toString();
  }

  private static String findings(JsonObject report) {
    StringBuilder text = new StringBuilder();
    JsonArray findings = report.getAsJsonArray("findings");
    findings.forEach(
        f -> text.append(f.getAsJsonObject().get("message").getAsString()).append('\n'));
    return text.toString();
  }

  private double builtInCost() throws Exception {
    Path plain = folder.resolve("plain");
    Files.createDirectories(plain);
    Path copy = Files.writeString(plain.resolve("pier.fountain"), FILM);
    Path kept = script;
    script = copy;
    try {
      return cost(report());
    } finally {
      script = kept;
    }
  }

  private void settings(String json) throws Exception {
    Files.writeString(folder.resolve("scenecost.json"), json);
  }

  @Test
  void pageWidthBetweenZeroAndOneNoLongerHangs() throws Exception {
    double normal = builtInCost();
    settings("{\"page\":{\"actionWidth\":0.5}}");

    JsonObject report = report();

    assertEquals(normal, cost(report), 1e-9);
    assertEquals(
        "scenecost.json:1:24: \"actionWidth\" must be a whole number from 10 to 200 (characters"
            + " per action line, such as 61), not 0.5; using the default 61\n",
        problems(report));
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "5"})
  void catalogEntryATierUsesSetToNullOrNotAnObjectFallsBackToTheBuiltInEntry(String value)
      throws Exception {
    double normal = builtInCost();
    settings("{\"catalog\":{\"kling/v3.0\":" + value + "}}");

    JsonObject report = report();

    assertEquals(normal, cost(report), 1e-9);
    assertTrue(
        problems(report)
            .contains(
                "scenecost.json:1:26: Tier \"standard\" uses"
                    + " \"kling/v3.0\" for its video, but the catalog"
                    + " entry was removed or is not an object of prices; using the built-in"
                    + " entry."),
        problems(report));
  }

  @Test
  void hugeDurationNoteIsReportedAndThePageTimeApplies() throws Exception {
    double normal = builtInCost();
    Files.writeString(
        script, FILM.replace("Waves hit", "[[duration: 99999999999:00]]\n\nWaves hit"));

    JsonObject report = report();

    assertEquals(normal, cost(report), 1e-9);
    assertTrue(
        findings(report)
            .contains(
                "The duration \"99999999999:00\" is longer than a day (24h), the most a scene"
                    + " may run; the screen time is measured from the page instead."),
        findings(report));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "[]", "\"x\"", "null"})
  void catalogThatIsNotAnObjectUsesTheBuiltInPricesInsteadOfZero(String value) throws Exception {
    double normal = builtInCost();
    settings("{\"catalog\": " + value + "}");

    JsonObject report = report();

    assertTrue(normal > 0);
    assertEquals(normal, cost(report), 1e-9);
    assertTrue(
        problems(report).contains("scenecost.json:1:13: \"catalog\" must be an object of models"),
        problems(report));
  }

  @Test
  void hugeNumbersAreRejectedWithTheirPositionNeverPrintedSaturated() throws Exception {
    double normal = builtInCost();
    settings("{\"budget\": 1e308,\n \"exchangeRate\": 1e308,\n \"yield\": {\"night\": 1e308}}");
    Files.writeString(
        script,
        FILM.replace("Title: Pier", "Title: Pier\nBudget: $" + "9".repeat(400))
            .replace("Waves hit", "[[duration: " + "9".repeat(400) + "s]]\n\nWaves hit"));

    JsonObject report = report();

    assertEquals(normal, cost(report), 1e-9);
    assertTrue(report.getAsJsonObject("film").get("budget").isJsonNull());
    String problems = problems(report);
    assertTrue(
        problems.contains(
            "scenecost.json:1:12: The budget 1.0E308 must be a number from 0 to 1000000000000"),
        problems);
    assertTrue(
        problems.contains(
            "scenecost.json:2:18: \"exchangeRate\" must be a number from 0.0001 to 1000000"),
        problems);
    assertTrue(
        problems.contains("scenecost.json:3:21: \"night\" must be a number from 0 to 10"),
        problems);
    String findings = findings(report);
    assertTrue(
        findings.contains("is more than $1,000,000,000,000, the most Scenecost reads"), findings);
    assertTrue(findings.contains("is longer than a day (24h)"), findings);

    assertEquals(0, run("report", script.toString()));
    assertFalse(out.toString().contains("922,337"), out.toString());
    assertFalse(out.toString().contains("9223372036854775807"), out.toString());
  }
}
