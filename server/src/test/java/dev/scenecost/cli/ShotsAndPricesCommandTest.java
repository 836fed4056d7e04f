package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code scenecost shots} and {@code scenecost prices}, on the repository's example film. */
class ShotsAndPricesCommandTest {
  private static final Path EXAMPLE = Path.of("../examples/the-last-reel.fountain");

  @TempDir Path folder;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Callable<Integer> command, String... args) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void theExamplesShotsPlusReferencesMusicAndSoundAddUpToTheReportsTotal() {
    assertEquals(0, run(new ShotsCommand(), EXAMPLE.toString(), "--format", "json"));
    JsonObject shots = JsonParser.parseString(out.toString()).getAsJsonObject();
    double sum = 0;
    for (JsonElement shot : shots.getAsJsonArray("shots")) {
      sum += shot.getAsJsonObject().get("cost").getAsDouble();
    }
    JsonObject film = shots.getAsJsonObject("film");
    for (String part : new String[] {"references", "music", "sound"}) {
      sum += film.getAsJsonObject(part).get("cost").getAsDouble();
    }
    assertTrue(shots.getAsJsonArray("shots").size() > 50);

    StringWriter report = new StringWriter();
    CommandLine reportCommand = new CommandLine(new ReportCommand());
    reportCommand.setOut(new PrintWriter(report, true));
    reportCommand.setErr(new PrintWriter(new StringWriter(), true));
    reportCommand.execute(EXAMPLE.toString(), "--format", "json");
    double total =
        JsonParser.parseString(report.toString())
            .getAsJsonObject()
            .getAsJsonObject("film")
            .get("cost")
            .getAsDouble();
    assertEquals(total, sum, 0.01);
    assertEquals(total, film.getAsJsonObject("total").get("cost").getAsDouble(), 0.01);
  }

  @Test
  void everyShotHasAPromptAndItsReferencesByStableKeys() {
    assertEquals(0, run(new ShotsCommand(), EXAMPLE.toString(), "--format", "csv"));
    String[] lines = out.toString().split("\r\n");
    assertTrue(lines[0].startsWith("scene_index,scene_label,shot,chunk_kind,shot_type"));
    assertTrue(lines[1].contains("location:"), lines[1]);
  }

  @Test
  void shotsExitsWithTwoOnBadInput() {
    assertEquals(2, run(new ShotsCommand(), folder.resolve("missing.fountain").toString()));
    assertEquals(2, run(new ShotsCommand(), EXAMPLE.toString(), "--format", "xml"));
  }

  @Test
  void pricesListsTheEffectiveCatalogWithRetiredModelsAndWhereEachCameFrom() throws Exception {
    Path script = Files.writeString(folder.resolve("a.fountain"), "INT. HALL - DAY\n\nQuiet.\n");
    Files.writeString(
        folder.resolve("scenecost.json"),
        "{\"catalog\": {\"my-video\": {\"mode\": \"video\", \"output_cost_per_second\": 0.3}}}");
    assertEquals(0, run(new PricesCommand(), script.toString(), "--format", "json"));
    JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
    JsonObject mine = null;
    JsonObject sora = null;
    for (JsonElement model : json.getAsJsonArray("models")) {
      String key = model.getAsJsonObject().get("key").getAsString();
      if (key.equals("my-video")) {
        mine = model.getAsJsonObject();
      } else if (key.equals("sora-2")) {
        sora = model.getAsJsonObject();
      }
    }
    assertEquals("$0.3/s", mine.get("price").getAsString());
    assertEquals(folder.resolve("scenecost.json").toString(), mine.get("from").getAsString());
    assertEquals("built-in", sora.get("from").getAsString());
    assertEquals("2026-09-24", sora.get("deprecationDate").getAsString());
    assertEquals("gemini/veo-3.1-fast-generate-preview", sora.get("successor").getAsString());
  }

  @Test
  void pricesExitsWithTwoOnBadInput() {
    assertEquals(2, run(new PricesCommand(), folder.resolve("missing.fountain").toString()));
    assertEquals(2, run(new PricesCommand(), "--format", "csv"));
  }
}
