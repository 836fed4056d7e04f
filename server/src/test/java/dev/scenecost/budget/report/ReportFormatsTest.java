package dev.scenecost.budget.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.result.FilmEstimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report formats, on the worked example (see WorkedExampleTest for the arithmetic). */
class ReportFormatsTest {
  private static final String SCRIPT =
      "Title: Worked Example\nBudget: $100\n\n"
          + "INT. KITCHEN - DAY\n\nAnna pours coffee.\n\nANNA\nMorning.\n";
  private final FilmEstimate film = TestConfigs.estimate(SCRIPT);
  private final List<ConfigProblem> problems =
      List.of(new ConfigProblem("scenecost.json", 3, 5, "Unknown tier \"x\"."));

  @Test
  void theFilmsFiguresAloneAreTheReportsFilmFigures() {
    // What the editor is sent after every analysis must read as the report's film does.
    assertEquals(BudgetReport.of(film, problems, null).film(), BudgetReport.filmOf(film, null));
  }

  @Test
  void jsonFollowsTheContract() {
    JsonObject root =
        JsonParser.parseString(ReportFormat.JSON.render(film, problems)).getAsJsonObject();
    // Schema 2: the shot model's parts (docs/report-json.md).
    assertEquals(2, root.get("schemaVersion").getAsInt());
    assertEquals("Worked Example", root.get("title").getAsString());
    assertEquals("USD", root.get("currency").getAsString());
    JsonObject f = root.getAsJsonObject("film");
    assertEquals(7.5, f.get("screenSeconds").getAsDouble(), 0);
    assertEquals(0.125, f.get("pages").getAsDouble(), 0);
    assertEquals(515_085, f.get("tokens").getAsLong());
    assertEquals(2.6021, f.get("cost").getAsDouble(), 0); // 2.602119 to four decimals
    assertEquals(20.0, f.get("contingencyPercent").getAsDouble(), 0);
    assertEquals(3.1225, f.get("costWithContingency").getAsDouble(), 0);
    assertEquals(100.0, f.get("budget").getAsDouble(), 0);
    assertEquals(3.1, f.get("budgetUsedPercent").getAsDouble(), 0);
    assertTrue(f.get("fits").getAsBoolean());
    assertTrue(f.get("exhaustedAtScene").isJsonNull());
    assertEquals(
        486_000,
        f.getAsJsonObject("modalities").getAsJsonObject("video").get("tokens").getAsLong());
    assertEquals(100, f.getAsJsonObject("cacheSavings").get("tokens").getAsLong());
    JsonObject parts = f.getAsJsonObject("modalities");
    for (String part :
        List.of(
            "video",
            "keyframes",
            "references",
            "voice",
            "lipsync",
            "fixes",
            "upscale",
            "music",
            "sound",
            "text",
            "images")) {
      assertTrue(parts.has(part), part);
    }
    // images = keyframes + references (none here: the references are the sheet and plate).
    assertEquals(0.35, parts.getAsJsonObject("references").get("cost").getAsDouble(), 0);
    assertEquals(0.35, parts.getAsJsonObject("images").get("cost").getAsDouble(), 0);

    JsonObject scene = root.getAsJsonArray("scenes").get(0).getAsJsonObject();
    assertEquals(0, scene.get("index").getAsInt());
    assertTrue(scene.get("number").isJsonNull());
    assertEquals("INT. KITCHEN - DAY", scene.get("heading").getAsString());
    assertEquals(
        3, scene.getAsJsonObject("headingRange").getAsJsonObject("start").get("line").getAsInt());
    assertEquals("fits", scene.get("status").getAsString());
    assertEquals(83.3333, scene.get("allocation").getAsDouble(), 0);
    assertEquals(
        "ANNA",
        scene.getAsJsonArray("characters").get(0).getAsJsonObject().get("name").getAsString());
    assertEquals(
        "KITCHEN",
        scene.getAsJsonArray("locations").get(0).getAsJsonObject().get("name").getAsString());
    assertEquals(
        "action-beat",
        scene.getAsJsonArray("chunks").get(0).getAsJsonObject().get("kind").getAsString());
    JsonObject alternative = scene.getAsJsonArray("alternatives").get(0).getAsJsonObject();
    assertEquals("background", alternative.get("tier").getAsString());
    assertEquals(0.6513, alternative.get("cost").getAsDouble(), 0);
    assertTrue(alternative.get("fits").getAsBoolean());

    JsonObject problem = root.getAsJsonArray("problems").get(0).getAsJsonObject();
    assertEquals(3, problem.get("line").getAsInt());
    assertEquals("scenecost.json", problem.get("file").getAsString());
  }

  @Test
  void jsonFindingsCarryCodeSeverityAndRange() {
    FilmEstimate over = TestConfigs.estimate("Title: X\nBudget: $1\n\nINT. HALL - DAY\n\nQuiet.\n");
    JsonObject finding =
        JsonParser.parseString(ReportFormat.JSON.render(over, List.of()))
            .getAsJsonObject()
            .getAsJsonArray("findings")
            .get(0)
            .getAsJsonObject();
    assertEquals("film-over-budget", finding.get("code").getAsString());
    assertEquals("error", finding.get("severity").getAsString());
    assertTrue(finding.get("scene").isJsonNull());
    assertEquals(
        1, finding.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
  }

  @Test
  void tableShowsOneRowPerSceneThenTotals() {
    String table = ReportFormat.TABLE.render(film, problems);
    List<String> lines = table.lines().toList();
    assertEquals("Worked Example", lines.get(0));
    // Numbers align right: " Cost" over "$2.60".
    assertEquals(
        "#  Scene               Pages  Time  Tier      Tokens   Cost  Budget  Status",
        lines.get(3));
    // 7.5 s prints as 8s; 515,085 tokens as 515k; allocation 83.33.
    assertEquals(
        "1  INT. KITCHEN - DAY    1/8    8s  standard    515k  $2.60  $83.33  fits", lines.get(5));
    assertTrue(table.contains("With contingency:   $3.12 (20%: $0.52)"), table);
    assertTrue(table.contains("Budget:             $100, 3% used, fits"), table);
    assertTrue(table.contains("scenecost.json:3:5: Unknown tier \"x\"."), table);
  }

  @Test
  void csvHasAHeaderAndPlainNumbers() {
    List<String> lines = ReportFormat.CSV.render(film, problems).lines().toList();
    assertEquals(
        "index,number,heading,pages_eighths,screen_seconds,tier,tokens,cost_usd,"
            + "allocation_usd,status,over_by_usd,video_usd,keyframes_usd,references_usd,"
            + "voice_usd,lipsync_usd,fixes_usd,upscale_usd,music_usd,sound_usd,text_usd,"
            + "cache_savings_usd,clips,importance",
        lines.get(0));
    // Every part of the bill in the engine's order (schema 2); this fixture prices only video,
    // references, voice and prompts.
    assertEquals(
        "1,,INT. KITCHEN - DAY,1,7.5,standard,515085,2.60,83.33,fits,0.00,2.25,0.00,0.35,"
            + "0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,4,3",
        lines.get(1));
  }

  @Test
  void csvLinesEndInCrLf() {
    String csv = ReportFormat.CSV.render(film, problems);
    assertEquals(2, csv.split("\r\n", -1).length - 1, csv);
    assertTrue(csv.endsWith("\r\n"));
  }

  @Test
  void markdownHasSummaryTableAndFindings() {
    FilmEstimate over = TestConfigs.estimate("Title: X\nBudget: $1\n\nINT. HALL - DAY\n\nQuiet.\n");
    String md = ReportFormat.MD.render(over, List.of());
    assertTrue(
        md.startsWith("# Budget report: X\n\n- **Screen time:** 8s (1/8 pages, 1 scenes)"), md);
    assertTrue(
        md.contains("| # | Scene | Pages | Time | Tier | Tokens | Cost | Budget | Status |"));
    assertTrue(md.contains("## Findings"));
    assertTrue(md.contains("- **Film** (film-over-budget): The film needs"), md);
  }

  @Test
  void jsonAmountsAboveNinePointTwoETwelveStayExact() {
    // Math.round(value * 10^4) saturated above about 9.2e14.
    assertEquals(1e15, ReportJson.money(1e15), 0);
    assertEquals(123456789012345.67, ReportJson.money(123456789012345.67), 0.01);
    assertEquals(1e20, ReportJson.money(1e20), 0);
    assertEquals(0.1235, ReportJson.money(0.12345), 1e-12);
  }
}
