package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.usage.ledger.Ledger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
  @TempDir Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path script;

  @BeforeEach
  void writeProject() throws Exception {
    script = folder.resolve("pier.fountain");
    // Scene 1 runs 60 s and is done; scene 2 runs 120 s: the film runs 3 minutes.
    Files.writeString(script, UsageCommandTest.SCREENPLAY);
  }

  private int run(String... args) {
    return ScenecostCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void theTestSceneProjectionInAProducersWords() throws Exception {
    Files.writeString(
        Ledger.pathFor(script),
        "date,scene,modality,cost\n" + "2026-11-18,1,video,9.00\n" + "2026-11-18,1,images,1.00\n");

    int code = run("calibrate", script.toString(), "--scene", "1");

    String text = out.toString();
    // Scene 1 cost 9 + 1 = 10 for 60 s: $10.00 a screen minute. 3 minutes: $30.00, plus the
    // default 25% contingency ($7.50): $37.50, within the $100 budget with $62.50 to spare.
    assertTrue(text.contains("Test scene: scene 1 (EXT. PIER - NIGHT), marked done."), text);
    assertTrue(
        text.contains("It cost $10.00 for 1m 00s of screen time: $10.00 per screen " + "minute."),
        text);
    assertTrue(
        text.contains(
            "The film runs 3m 00s. At that rate it will cost $30.00, plus 25% "
                + "contingency ($7.50): $37.50."),
        text);
    assertTrue(text.contains("That fits the $100 budget, with $62.50 to spare."), text);
    assertEquals(0, code, err.toString());
  }

  @Test
  void overBudgetExitsOne() throws Exception {
    // $50 for one minute: 3 minutes x $50 = $150 + 25% = $187.50, $87.50 over $100.
    Files.writeString(Ledger.pathFor(script), "date,scene,modality,cost\n2026-11-18,1,video,50\n");

    assertEquals(1, run("calibrate", script.toString(), "--scene", "1"));
    assertTrue(out.toString().contains("That is $87.50 over the $100 budget."), out.toString());
  }

  @Test
  void aSceneWithoutSpendOrThatDoesNotExistIsBadInput() throws Exception {
    assertEquals(2, run("calibrate", script.toString(), "--scene", "2"));
    assertTrue(
        err.toString().contains("has no spend for scene 2 (INT. KITCHEN - NIGHT) yet"),
        err.toString());
    assertEquals(2, run("calibrate", script.toString(), "--scene", "9"));
    assertTrue(err.toString().contains("has no scene \"9\""), err.toString());
  }
}
