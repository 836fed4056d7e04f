package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenecost.lsp.services.TestProject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scenecost fit} on the hand-priced test project: each short scene costs $15.00 at hero,
 * $7.50 at standard, $3.00 at background and $0.75 at previz; no contingency; qualities 4, 3, 2, 1.
 */
class FitCommandTest {
  /**
   * Scene 1 hero and important (4), scene 2 standard (3), scene 3 locked at background and of low
   * importance (2). As written: 15 + 7.50 + 3 = $25.50 against $20.
   */
  static final String FILM =
      """
      Title: Fit Film
      Budget: $20

      INT. ATTIC - DAY [[tier: hero]]
      [[importance: high]]

      Dust falls.

      EXT. FIELD - DAY #2#

      The grass is still.

      EXT. ORCHARD - DAY [[tier: background, locked; importance: low]]

      Leaves hang still.
      """;

  @TempDir Path folder;
  private Path script;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeProject() throws Exception {
    Files.writeString(folder.resolve("scenecost.json"), TestProject.CONFIG);
    script = Files.writeString(folder.resolve("fit.fountain"), FILM);
  }

  private int run(CommandLine.IFactory unused, Object command, String... args) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private int fit(String... args) {
    return run(null, new FitCommand(), args);
  }

  @Test
  void thePlanKeepsTheMostImportanceTimesQualityThatFits() {
    // Scene 3 is locked at background ($3), leaving $17. Scene 1 hero + scene 2 previz = $15.75
    // scores 4 x 4 + 3 x 1 = 19; both standard = $15.00 scores 4 x 3 + 3 x 3 = 21; hero +
    // background ($18) does not fit. Best: standard, standard, background: $18.00.
    assertEquals(0, fit(script.toString(), "--format", "json"));
    JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
    assertEquals(
        Set.of("fits", "budget", "costWithContingency", "scenes", "tradeoffs"), json.keySet());
    assertTrue(json.get("fits").getAsBoolean());
    assertEquals(20.0, json.get("budget").getAsDouble(), 1e-9);
    assertEquals(18.0, json.get("costWithContingency").getAsDouble(), 1e-9);
    JsonArray scenes = json.getAsJsonArray("scenes");
    assertEquals(3, scenes.size());
    JsonObject first = scenes.get(0).getAsJsonObject();
    assertEquals(Set.of("index", "label", "fromTier", "toTier", "cost"), first.keySet());
    assertEquals(0, first.get("index").getAsInt());
    assertEquals("(1)", first.get("label").getAsString());
    assertEquals("hero", first.get("fromTier").getAsString());
    assertEquals("standard", first.get("toTier").getAsString());
    assertEquals(7.5, first.get("cost").getAsDouble(), 1e-9);
    assertEquals("2", scenes.get(1).getAsJsonObject().get("label").getAsString());
    assertEquals("standard", scenes.get(1).getAsJsonObject().get("toTier").getAsString());
    assertEquals("background", scenes.get(2).getAsJsonObject().get("toTier").getAsString());
    assertEquals(
        "The plan needs $18.00 with 0% contingency, within the $20.00 budget ($2.00 to spare);"
            + " the screenplay as written needs $25.50.",
        json.getAsJsonArray("tradeoffs").get(0).getAsString());
    assertEquals(
        "Scene (1) goes from \"hero\" to \"standard\": saves $7.50.",
        json.getAsJsonArray("tradeoffs").get(1).getAsString());
    assertEquals(
        "1 scene keeps its locked tier.", json.getAsJsonArray("tradeoffs").get(2).getAsString());
  }

  @Test
  void writingThePlanChangesOnlyTheTierNotesAndThenTheReportFits() throws Exception {
    byte[] before = Files.readAllBytes(script);
    assertEquals(1, run(null, new ReportCommand(), script.toString()));
    out.getBuffer().setLength(0);
    assertEquals(0, fit(script.toString(), "--write"));
    assertEquals(
        FILM.replace("INT. ATTIC - DAY [[tier: hero]]", "INT. ATTIC - DAY [[tier: standard]]"),
        Files.readString(script));
    assertArrayEquals(before, Files.readAllBytes(folder.resolve("fit.fountain.bak")));
    assertTrue(out.toString().contains("Wrote 1 tier note into "), out.toString());
    assertEquals(0, run(null, new ReportCommand(), script.toString()));
  }

  @Test
  void aPlanThatAddsANoteKeepsTheSceneNumberLast() throws Exception {
    // At $100 everything unlocked goes to hero: scene 2 gets a note before its number.
    assertEquals(0, fit(script.toString(), "--budget", "100", "--write"));
    String text = Files.readString(script);
    assertTrue(text.contains("EXT. FIELD - DAY [[tier: hero]] #2#\n"), text);
    assertTrue(
        text.contains("EXT. ORCHARD - DAY [[tier: background, locked; importance: low]]"), text);
    assertEquals(0, run(null, new ReportCommand(), script.toString(), "--budget", "100"));
  }

  @Test
  void whenEvenTheCheapestPlanIsOverItSaysByHowMuchAndExitsWithOne() {
    // Cheapest: previz 0.75 + previz 0.75 + locked background 3.00 = $4.50 against $4.
    assertEquals(1, fit(script.toString(), "--budget", "4"));
    String text = out.toString();
    assertTrue(
        text.contains(
            "Even with every scene at its cheapest tier the film needs $4.50 with 0%"
                + " contingency: $0.50 over the $4.00 budget."),
        text);
    assertTrue(
        text.contains(
            "The scenes that cost most even so: scene (3) ($3.00 at \"background\"," + " locked)"),
        text);
  }

  @Test
  void badInputExitsWithTwo() throws Exception {
    assertEquals(2, fit(script.toString(), "--budget", "lots"));
    assertEquals(2, fit(script.toString(), "--format", "xml"));
    assertEquals(2, fit(folder.resolve("missing.fountain").toString()));
    Path unbudgeted = Files.writeString(folder.resolve("free.fountain"), "INT. A - DAY\n\nHi.\n");
    assertEquals(2, fit(unbudgeted.toString()));
    assertTrue(err.toString().contains("has no budget to fit"), err.toString());
  }

  @Test
  void aFileThatIsNotUtf8IsNotRewritten() throws Exception {
    byte[] latin1 =
        FILM.replace("Dust falls.", "Dust falls on the café.")
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(script, latin1);
    assertEquals(2, fit(script.toString(), "--write"));
    assertArrayEquals(latin1, Files.readAllBytes(script));
    assertTrue(err.toString().contains("is not UTF-8"), err.toString());
  }
}
