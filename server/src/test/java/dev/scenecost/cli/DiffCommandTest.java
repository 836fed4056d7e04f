package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scenecost diff} between two drafts written here: the second cuts scene 2, sends scene 3 to
 * the hero tier, renumbers scene 4 as 7 and adds scene 6. Every scene has its own characters and
 * location, so no other scene's cost can move (a reference image is paid where a character first
 * appears).
 */
class DiffCommandTest {
  @TempDir Path folder;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final String HARBOUR =
      "EXT. HARBOUR - DAWN #1#\n\nMara coils a rope on the quay. Gulls wheel over the boats.\n\n"
          + "MARA\nThe tide will not wait.\n\n";
  private static final String BAKERY =
      "INT. BAKERY - DAY #2#\n\nTobias slides loaves into the oven and wipes flour from his"
          + " brow.\n\nTOBIAS\nTwo dozen by noon.\n\n";
  private static final String CAR =
      "INT. CAR - NIGHT #3#\n\nRain streaks the windshield. Ines grips the wheel.\n\nINES\n"
          + "Nobody follows us.\n\n";
  private static final String CAR_AS_HERO =
      "INT. CAR - NIGHT #3#\n[[tier: hero]]\n\nRain streaks the windshield. Ines grips the"
          + " wheel.\n\nINES\nNobody follows us.\n\n";
  private static final String ROOFTOP_AS_4 =
      "EXT. ROOFTOP - NIGHT #4#\n\nPilar looks over the city lights, alone.\n\nPILAR\n"
          + "Somewhere down there.\n\n";
  private static final String ROOFTOP_AS_7 = ROOFTOP_AS_4.replace("#4#", "#7#");
  private static final String KITCHEN =
      "INT. KITCHEN - NIGHT #5#\n\nOskar stirs a pot of soup and tastes it.\n\nOSKAR\n"
          + "More salt.\n\n";
  private static final String FOREST =
      "EXT. FOREST - DAY #6#\n\nWren climbs an oak and scans the valley below.\n\nWREN\n"
          + "I can see the river.\n\n";

  private static final String TITLE = "Title: Two Drafts\nBudget: $5,000\n\n";
  static final String OLD = TITLE + HARBOUR + BAKERY + CAR + ROOFTOP_AS_4 + KITCHEN;
  static final String NEW = TITLE + HARBOUR + CAR_AS_HERO + ROOFTOP_AS_7 + KITCHEN + FOREST;

  private int run(Path workingDirectory, String... args) {
    DiffCommand command = new DiffCommand();
    command.workingDirectory = workingDirectory;
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  /** What each scene did, as "change labelBefore→labelAfter", in the order of the JSON. */
  private static List<String> changes(JsonObject diff) {
    List<String> result = new ArrayList<>();
    for (JsonElement element : diff.getAsJsonArray("scenes")) {
      JsonObject scene = element.getAsJsonObject();
      result.add(
          scene.get("change").getAsString()
              + " "
              + text(scene.get("labelBefore"))
              + "→"
              + text(scene.get("labelAfter")));
    }
    return result;
  }

  private static String text(JsonElement element) {
    return element.isJsonNull() ? "null" : element.getAsString();
  }

  private static final List<String> EXPECTED =
      List.of(
          "unchanged 1→1",
          "cut 2→null",
          "changed 3→3",
          "changed 4→7",
          "unchanged 5→5",
          "added null→6");

  @Test
  void reportsExactlyTheCutTheAddedTheRenumberedAndTheHero() throws Exception {
    Path oldFile = Files.writeString(folder.resolve("old.fountain"), OLD);
    Path newFile = Files.writeString(folder.resolve("new.fountain"), NEW);
    assertEquals(
        0, run(folder, "old.fountain", "new.fountain", "--format", "json"), err.toString());
    JsonObject diff = JsonParser.parseString(out.toString()).getAsJsonObject();
    assertEquals(EXPECTED, changes(diff));

    JsonArray scenes = diff.getAsJsonArray("scenes");
    JsonObject cut = scenes.get(1).getAsJsonObject();
    assertEquals("INT. BAKERY - DAY", cut.get("heading").getAsString(), "a cut scene: old heading");
    assertTrue(cut.get("tierAfter").isJsonNull() && cut.get("costAfter").isJsonNull());
    assertEquals(-cut.get("costBefore").getAsDouble(), cut.get("delta").getAsDouble(), 0.001);

    JsonObject hero = scenes.get(2).getAsJsonObject();
    assertEquals("standard", hero.get("tierBefore").getAsString());
    assertEquals("hero", hero.get("tierAfter").getAsString());
    assertTrue(hero.get("delta").getAsDouble() > 0, "hero costs more: " + hero);

    JsonObject renumbered = scenes.get(3).getAsJsonObject();
    assertEquals("EXT. ROOFTOP - NIGHT", renumbered.get("heading").getAsString());
    assertEquals(0, renumbered.get("delta").getAsDouble(), 0.001, "only its number changed");

    JsonObject added = scenes.get(5).getAsJsonObject();
    assertTrue(added.get("labelBefore").isJsonNull() && added.get("costBefore").isJsonNull());

    // The film moves by exactly the scenes' differences; unchanged scenes add nothing.
    double sceneDeltas = 0;
    for (JsonElement scene : scenes) {
      sceneDeltas += scene.getAsJsonObject().get("delta").getAsDouble();
    }
    JsonObject film = diff.getAsJsonObject("film");
    assertEquals(sceneDeltas, film.get("delta").getAsDouble(), 0.02);
    assertEquals(
        film.get("costAfter").getAsDouble() - film.get("costBefore").getAsDouble(),
        film.get("delta").getAsDouble(),
        0.011);
    assertTrue(film.get("fitsAfter").getAsBoolean());
    assertTrue(Files.exists(oldFile) && Files.exists(newFile));
  }

  @Test
  void readsTheOldDraftFromGitWithAPathFromTheRepositoryRoot() throws Exception {
    Path drafts = Files.createDirectories(folder.resolve("drafts"));
    Files.writeString(drafts.resolve("film.fountain"), OLD);
    git(folder, "init", "-q");
    git(folder, "add", ".");
    git(folder, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-qm", "v1");
    Files.writeString(drafts.resolve("film.fountain"), NEW);

    // From drafts/: the git path is the repository's, the file path the working directory's.
    assertEquals(
        0,
        run(drafts, "git:HEAD:drafts/film.fountain", "film.fountain", "--format", "json"),
        err.toString());
    assertEquals(EXPECTED, changes(JsonParser.parseString(out.toString()).getAsJsonObject()));
  }

  @Test
  void theMarkdownIsShortWithTheBiggestChangeFirst() throws Exception {
    Files.writeString(folder.resolve("old.fountain"), OLD);
    Files.writeString(folder.resolve("new.fountain"), NEW);
    assertEquals(0, run(folder, "old.fountain", "new.fountain", "--format", "md"));
    String markdown = out.toString();
    assertTrue(markdown.startsWith("### Budget: Two Drafts\n"), markdown);
    assertTrue(markdown.contains("- 2 scenes changed, 1 added, 1 cut, 2 unchanged."), markdown);
    assertTrue(markdown.contains("Fits the budget of $5,000"), markdown);
    List<String> rows =
        markdown
            .lines()
            .filter(line -> line.startsWith("| ") && !line.startsWith("| Scene"))
            .toList();
    assertEquals(4, rows.size(), "only the changes are listed: " + markdown);
    assertTrue(
        rows.get(0).startsWith("| 3 | changed: tier, cost |"),
        "the hero scene costs most: " + rows);
    assertTrue(rows.get(3).startsWith("| 4 → 7 | changed: renumbered |"), rows.get(3));
  }

  @Test
  void aNewDraftOverItsBudgetExitsWithOne() throws Exception {
    Files.writeString(folder.resolve("old.fountain"), OLD);
    Files.writeString(folder.resolve("new.fountain"), NEW.replace("$5,000", "$1"));
    assertEquals(1, run(folder, "old.fountain", "new.fountain"));
    assertTrue(out.toString().contains("Over the budget of $1.00 by"), out.toString());
  }

  @Test
  void badSidesExitWithTwoAndSayWhy() throws Exception {
    Files.writeString(folder.resolve("new.fountain"), NEW);
    assertEquals(2, run(folder, "git:HEAD", "new.fountain"));
    assertTrue(
        err.toString().contains("write git:REF:path, such as git:main:film.fountain"),
        err.toString());

    git(folder, "init", "-q");
    StringWriter before = new StringWriter();
    before.write(err.toString());
    assertEquals(2, run(folder, "git:nosuchbranch:new.fountain", "new.fountain"));
    String said = err.toString().substring(before.toString().length());
    assertTrue(said.startsWith("scenecost: can't read git:nosuchbranch:new.fountain: "), said);
    assertEquals(1, said.strip().lines().count(), "one line: " + said);

    assertEquals(2, run(folder, "new.fountain", "missing.fountain"));
    assertTrue(err.toString().contains("no such file"), err.toString());
  }

  private static void git(Path directory, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "git " + command);
    assertEquals(0, process.exitValue(), "git " + String.join(" ", arguments) + ": " + output);
  }
}
