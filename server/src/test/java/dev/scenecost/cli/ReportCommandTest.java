package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
  @TempDir Path folder;
  private Path script;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeScript() throws Exception {
    script =
        Files.writeString(
            folder.resolve("short.fountain"),
            "Title: Short\nBudget: $1,000\n\nINT. KITCHEN - DAY\n\nAnna pours coffee.\n\nANNA\n"
                + "Morning.\n");
  }

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new ReportCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void fitsExitsWithZeroAndPrintsTheTable() {
    assertEquals(0, run(script.toString()));
    assertTrue(out.toString().contains("INT. KITCHEN - DAY"), out.toString());
    assertTrue(out.toString().contains("Budget:"), out.toString());
  }

  @Test
  void overBudgetExitsWithOne() {
    assertEquals(1, run(script.toString(), "--budget", "$0.50"));
    assertTrue(out.toString().contains("OVER by"), out.toString());
  }

  @Test
  void anUnreadableFileExitsWithTwoAndOneLineNamingIt() {
    Path missing = folder.resolve("missing.fountain");
    assertEquals(2, run(missing.toString()));
    assertEquals(
        "scenecost: Cannot read "
            + missing
            + ": no such file. Check the path and the"
            + " spelling.",
        err.toString().strip());
    assertEquals("", out.toString());
  }

  @Test
  void badOptionsExitWithTwo() {
    assertEquals(2, run(script.toString(), "--budget", "lots"));
    assertEquals(2, run(script.toString(), "--tier", "platinum"));
    assertEquals(2, run(script.toString(), "--format", "pdf"));
    assertTrue(
        err.toString()
            .contains(
                "there is no tier \"platinum\"; use one of hero, standard,"
                    + " background, previz."),
        err.toString());
  }

  @Test
  void formatsAndTier() {
    assertEquals(0, run(script.toString(), "--format", "json", "--tier", "previz"));
    var json = JsonParser.parseString(out.toString()).getAsJsonObject();
    assertEquals(
        "previz", json.getAsJsonArray("scenes").get(0).getAsJsonObject().get("tier").getAsString());
    out.getBuffer().setLength(0);
    assertEquals(0, run(script.toString(), "--format", "CSV"));
    assertTrue(out.toString().startsWith("index,number,heading,"));
    out.getBuffer().setLength(0);
    assertEquals(0, run(script.toString(), "--format", "md"));
    assertTrue(out.toString().startsWith("# Budget report: Short"));
  }

  @Test
  void theConfigBesideTheScriptAppliesAndItsProblemsAreShown() throws Exception {
    Files.writeString(folder.resolve("scenecost.json"), "{\n  \"defaultTier\": \"gold\"\n}\n");
    assertEquals(0, run(script.toString()));
    assertTrue(
        out.toString().contains("scenecost.json:2:18: Unknown tier \"gold\""), out.toString());
  }

  @Test
  void anExplicitConfigFileMustExist() {
    assertEquals(2, run(script.toString(), "--config", folder.resolve("nope.json").toString()));
  }
}
