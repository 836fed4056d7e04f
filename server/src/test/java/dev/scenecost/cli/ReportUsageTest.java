package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenecost.budget.usage.ledger.CsvReader;
import dev.scenecost.budget.usage.ledger.CsvRecord;
import dev.scenecost.budget.usage.ledger.Ledger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenecost report --usage}: the engine's report with the ledger's actuals added. */
class ReportUsageTest {
  @TempDir Path folder;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();
  private Path script;

  @BeforeEach
  void writeProject() throws Exception {
    script = folder.resolve("pier.fountain");
    Files.writeString(script, UsageCommandTest.SCREENPLAY);
    // Scene 1 (done) cost 120 + 30 = 150, more than the whole $100 budget.
    Files.writeString(
        Ledger.pathFor(script),
        "date,scene,modality,cost\n"
            + "2026-11-18,1,video,120\n"
            + "2026-11-18,1,images,30\n"
            + "2026-11-18,9,video,1.5\n");
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return ScenecostCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void jsonGainsAUsageSection() {
    // Spent 150 + 1.5 (scene 9 is not in the screenplay) = 151.5 > 100: the forecast is over
    // whatever the engine estimates for scene 2.
    assertEquals(1, run("report", script.toString(), "--usage", "--format", "json"));

    JsonObject usage =
        JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonObject("usage");
    JsonObject forecast = usage.getAsJsonObject("forecast");
    assertEquals(151.5, forecast.get("spent").getAsDouble(), 1e-9);
    assertEquals(1.5, forecast.get("unmatchedSpent").getAsDouble(), 1e-9);
    assertEquals(100.0, forecast.get("budget").getAsDouble());
    // 1.5 unmatched + 150 for scene 1 already passes 100 at scene 1.
    assertEquals(0, forecast.get("runsOutAtScene").getAsInt());
    JsonObject scene1 = usage.getAsJsonArray("scenes").get(0).getAsJsonObject();
    assertEquals(150.0, scene1.get("actual").getAsDouble(), 1e-9);
    assertEquals("done", scene1.get("progress").getAsString());
    assertEquals(
        4, usage.getAsJsonArray("problems").get(0).getAsJsonObject().get("line").getAsInt());
  }

  @Test
  void csvGainsColumnsAndTableGainsASection() {
    run("report", script.toString(), "--usage", "--format", "csv");
    List<CsvRecord> rows = CsvReader.readWithoutComments(out.toString());
    List<String> header = rows.get(0).fields();
    int spent = header.indexOf("spent_usd");
    assertTrue(spent > 0, header.toString());
    assertEquals("150.00", rows.get(1).field(spent));
    assertEquals("done", rows.get(1).field(header.indexOf("progress")));
    assertEquals("0.00", rows.get(2).field(spent));

    run("report", script.toString(), "--usage");
    String table = out.toString();
    assertTrue(table.contains("Actual spend (pier.fountain.usage.csv)"), table);
    // $151.50 prints as $152: the engine rounds amounts of $100 and more to whole units.
    assertTrue(
        table.contains("Spent so far: $152 ($1.50 of it on rows that name no scene)."), table);
    assertTrue(
        table.contains("pier.fountain.usage.csv:4: The screenplay has no scene \"9\""), table);
  }

  @Test
  void withoutUsageTheReportIsUnchanged() {
    run("report", script.toString(), "--format", "json");
    assertFalse(JsonParser.parseString(out.toString()).getAsJsonObject().has("usage"));
  }
}
