package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenplayInputTest {
  @TempDir Path folder;
  private final StringWriter err = new StringWriter();
  private final PrintWriter errors = new PrintWriter(err, true);

  private Path script() throws Exception {
    return Files.writeString(folder.resolve("short.fountain"), "INT. KITCHEN - DAY\n\nQuiet.\n");
  }

  @Test
  void readsTheScreenplayWithTheSettingsBesideIt() throws Exception {
    Files.writeString(folder.resolve("scenecost.json"), "{\"contingencyPercent\": 10}");
    ScreenplayInput input = ScreenplayInput.load(script(), errors).orElseThrow();
    assertEquals(1, input.screenplay().scenes().size());
    assertEquals(10.0, input.settings().config().contingencyPercent(), 0);
    assertEquals("", err.toString());
  }

  @Test
  void aSettingsFileGivenByNameWinsOverTheOneBeside() throws Exception {
    Files.writeString(folder.resolve("scenecost.json"), "{\"contingencyPercent\": 10}");
    Path other = Files.writeString(folder.resolve("other.json"), "{\"contingencyPercent\": 30}");
    ScreenplayInput input = ScreenplayInput.load(script(), other, errors).orElseThrow();
    assertEquals(30.0, input.settings().config().contingencyPercent(), 0);
  }

  @Test
  void aMissingScreenplayIsOneLineNamingTheFile() {
    Path missing = folder.resolve("nope.fountain");
    assertTrue(ScreenplayInput.load(missing, errors).isEmpty());
    assertEquals(
        "scenecost: Cannot read "
            + missing
            + ": no such file. Check the path and the"
            + " spelling."
            + System.lineSeparator(),
        err.toString());
  }

  @Test
  void aMissingSettingsFileIsOneLineNamingTheOption() throws Exception {
    Path missing = folder.resolve("nope.json");
    assertTrue(ScreenplayInput.load(script(), missing, errors).isEmpty());
    assertEquals(
        "scenecost: Cannot read "
            + missing
            + ": no such settings file. Check the path"
            + " given to --config."
            + System.lineSeparator(),
        err.toString());
  }

  @Test
  void aFolderIsOneLineSayingWhatToGive() {
    assertTrue(ScreenplayInput.parse(folder, errors).isEmpty());
    assertEquals(
        "scenecost: Cannot read "
            + folder
            + ": it is a folder. Give the path of a"
            + " .fountain screenplay."
            + System.lineSeparator(),
        err.toString());
  }

  @Test
  void whatTheParserNoticedIsPrintedWithFileLineAndColumn() throws Exception {
    // The boneyard opens on line 3 (1-based), column 1, and is never closed.
    Path script =
        Files.writeString(
            folder.resolve("open.fountain"), "INT. KITCHEN - DAY\n\n/* cut\n\nQuiet.\n");

    ScreenplayInput input = ScreenplayInput.load(script, errors).orElseThrow();

    String printed = err.toString().strip();
    assertEquals(1, printed.lines().count(), printed);
    assertTrue(printed.startsWith("scenecost: " + script + ":3:1: "), printed);
    assertEquals(
        input.screenplay().warnings().get(0).message(),
        printed.substring(("scenecost: " + script + ":3:1: ").length()));
  }
}
