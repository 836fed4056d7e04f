package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.usage.ledger.Ledger;
import dev.scenecost.budget.usage.ledger.LedgerReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageCommandTest {
  @TempDir Path folder;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();
  private Path script;

  static final String SCREENPLAY =
      String.join(
          "\n",
          "Title: PIER",
          "Budget: $100",
          "",
          "EXT. PIER - NIGHT #1#",
          "",
          "[[status: done; duration: 60s]]",
          "",
          "Waves hit the pier.",
          "",
          "INT. KITCHEN - NIGHT #2#",
          "",
          "[[duration: 120s]]",
          "",
          "Mara makes tea.",
          "");

  static final String MAPPING =
      "{ \"usage\": { \"imports\": { \"runway\": {\n"
          + "  \"date\": \"Date\", \"dateFormat\": \"M/d/yyyy\", \"scene\": \"Task name\",\n"
          + "  \"scenePattern\": \"^sc(\\\\w+)\", \"modality\": \"video\", \"model\": \"Model\",\n"
          + "  \"units\": \"Credits\", \"unitKind\": \"credits\", \"cost\": \"Cost (USD)\" } } } }\n";

  static final String EXPORT =
      "Date,Task name,Model,Credits,Cost (USD)\n"
          + "11/18/2026,sc1 pier wide,gen4_turbo,50,0.50\n"
          + "11/19/2026,sc2 kitchen,gen4_turbo,100,1.00\n"
          + "11/19/2026,promo,gen4_turbo,10,0.10\n";

  @BeforeEach
  void writeProject() throws Exception {
    script = folder.resolve("pier.fountain");
    Files.writeString(script, SCREENPLAY);
    Files.writeString(folder.resolve("scenecost.json"), MAPPING);
    Files.writeString(folder.resolve("runway.csv"), EXPORT);
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return ScenecostCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void importsAnExportOnceAndOnlyOnce() throws Exception {
    String export = folder.resolve("runway.csv").toString();

    assertEquals(
        0, run("usage", "import", export, "--screenplay", script.toString()), err.toString());
    // 0.50 + 1.00; the promo row does not match ^sc(\w+).
    assertTrue(
        out.toString()
            .contains("Added 2 rows ($1.50) from runway.csv to " + "pier.fountain.usage.csv."),
        out.toString());
    assertTrue(out.toString().contains("1 row did not match"), out.toString());
    assertEquals(2, LedgerReader.load(Ledger.pathFor(script)).entries().size());

    assertEquals(0, run("usage", "import", export, "--screenplay", script.toString()));
    assertTrue(out.toString().contains("Added 0 rows ($0.00)"), out.toString());
    assertTrue(out.toString().contains("2 rows already in the ledger were skipped."));
    assertEquals(2, LedgerReader.load(Ledger.pathFor(script)).entries().size());
  }

  @Test
  void aBadRowInTheExportIsNamedAndTheRestImported() throws Exception {
    Files.writeString(
        folder.resolve("runway.csv"),
        EXPORT + "18.11.2026,sc1 again,gen4,5,0.05\n" + "11/20/2026,sc7 cut,gen4,5,0.05\n");

    int code =
        run(
            "usage",
            "import",
            folder.resolve("runway.csv").toString(),
            "--screenplay",
            script.toString());

    assertEquals(2, code);
    assertTrue(err.toString().contains("runway.csv:5: The date \"18.11.2026\""), err.toString());
    // The row for scene 7 is imported (line 4 of the new ledger) and reported, never dropped.
    assertTrue(
        err.toString()
            .contains("pier.fountain.usage.csv:4: The screenplay has no scene " + "\"7\""),
        err.toString());
    assertEquals(3, LedgerReader.load(Ledger.pathFor(script)).entries().size());
  }

  @Test
  void withoutAMappingItSaysHowToWriteOne() throws Exception {
    Files.delete(folder.resolve("scenecost.json"));

    assertEquals(
        2,
        run(
            "usage",
            "import",
            folder.resolve("runway.csv").toString(),
            "--screenplay",
            script.toString()));
    assertTrue(err.toString().contains("no import mapping"), err.toString());
    assertTrue(err.toString().contains("\"usage\": { \"imports\""));
    assertEquals(
        2,
        run(
            "usage",
            "import",
            folder.resolve("runway.csv").toString(),
            "--screenplay",
            script.toString(),
            "--mapping",
            "kling"));
  }

  @Test
  void listShowsSpendPerSceneAndNamesBadRows() throws Exception {
    Files.writeString(
        Ledger.pathFor(script),
        "date,scene,modality,cost\n"
            + "2026-11-18,1,video,6.00\n"
            + "2026-11-18,1,images,0.40\n"
            + "2026-11-18,2,voice,six\n"
            + "2026-11-19,INT. KITCHEN - NIGHT,voice,0.25\n");

    assertEquals(2, run("usage", "list", script.toString()));

    String table = out.toString();
    assertTrue(table.contains("EXT. PIER - NIGHT"), table);
    // Scene 1: 6.00 + 0.40 = 6.40; scene 2 by heading: 0.25; in all 6.65 in 3 rows.
    assertTrue(table.lines().anyMatch(l -> l.startsWith("1 ") && l.endsWith("$6.40")), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("2 ") && l.endsWith("$0.25")), table);
    assertTrue(table.contains("Spent in all: $6.65 in 3 rows."), table);
    assertTrue(
        err.toString().contains("pier.fountain.usage.csv:4: The cost \"six\""), err.toString());
  }

  @Test
  void listWithoutALedger() {
    assertEquals(0, run("usage", "list", script.toString()));
    assertTrue(out.toString().startsWith("Nothing spent yet"));
  }

  @Test
  void anUnreadableScreenplayIsBadInput() {
    assertEquals(2, run("usage", "list", folder.resolve("missing.fountain").toString()));
    assertTrue(err.toString().contains("no such file"), err.toString());
  }

  @Test
  void anExportThatIsNotARegularFileIsRefusedBeforeReading() throws Exception {
    int code = run("usage", "import", "/dev/zero", "--screenplay", script.toString());

    assertEquals(2, code);
    assertEquals(
        "scenecost: Cannot read /dev/zero: it is not a regular file (a folder or a device);"
            + " choose the provider's CSV export.",
        err.toString().strip());
  }
}
