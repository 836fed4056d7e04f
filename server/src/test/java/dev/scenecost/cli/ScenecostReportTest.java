package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenecost report} through the top-level command, as the jar runs it. */
class ScenecostReportTest {
  @TempDir Path folder;

  @Test
  void reportIsASubcommandWithItsExitCodes() throws Exception {
    Path script =
        Files.writeString(
            folder.resolve("a.fountain"), "Title: A\nBudget: $1\n\nINT. HALL - DAY\n\nQuiet.\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // 1/8 page at the built-in standard tier costs more than $1: over budget.
    assertEquals(
        1,
        ScenecostCommand.run(
            new String[] {"report", script.toString()},
            new PrintWriter(out, true),
            new PrintWriter(err, true)));
    assertTrue(out.toString().contains("INT. HALL - DAY"), out.toString());
    assertEquals(
        2,
        ScenecostCommand.run(
            new String[] {"report", folder.toString()},
            new PrintWriter(out, true),
            new PrintWriter(err, true)));
    assertTrue(err.toString().contains("it is a folder"), err.toString());
  }
}
