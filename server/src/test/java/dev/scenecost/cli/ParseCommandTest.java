package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ScenecostCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void printsTitlePageElementsAndRangesAsJson() throws Exception {
    Path script = folder.resolve("pier.fountain");
    Files.writeString(
        script,
        String.join(
            "\n",
            "Title: THE TEST",
            "Credit: Written by",
            "",
            "EXT. PIER - NIGHT #1#",
            "",
            "Waves.",
            "",
            "MARA (V.O.)",
            "Hello.",
            ""),
        StandardCharsets.UTF_8);

    assertEquals(0, run("parse", script.toString()));

    JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
    JsonArray title = json.getAsJsonArray("titlePage");
    assertEquals("Title", title.get(0).getAsJsonObject().get("key").getAsString());
    assertEquals(
        "THE TEST", title.get(0).getAsJsonObject().getAsJsonArray("values").get(0).getAsString());

    JsonArray elements = json.getAsJsonArray("elements");
    assertEquals(4, elements.size());
    JsonObject heading = elements.get(0).getAsJsonObject();
    assertEquals("scene_heading", heading.get("type").getAsString());
    assertEquals("EXT. PIER - NIGHT", heading.get("text").getAsString());
    assertEquals("1", heading.get("sceneNumber").getAsString());
    assertEquals("PIER", heading.get("location").getAsString());
    assertEquals("NIGHT", heading.get("timeOfDay").getAsString());
    // "EXT. PIER - NIGHT #1#" is 21 characters long, on line 3 (0-based).
    assertRange(heading, 3, 0, 3, 21);

    JsonObject action = elements.get(1).getAsJsonObject();
    assertEquals("action", action.get("type").getAsString());
    assertRange(action, 5, 0, 5, 6);

    JsonObject cue = elements.get(2).getAsJsonObject();
    assertEquals("character", cue.get("type").getAsString());
    assertEquals("MARA", cue.get("name").getAsString());
    assertEquals("V.O.", cue.get("extension").getAsString());
    assertEquals(false, cue.get("dual").getAsBoolean());
    assertRange(cue, 7, 0, 7, 11);

    JsonObject dialogue = elements.get(3).getAsJsonObject();
    assertEquals("dialogue", dialogue.get("type").getAsString());
    assertEquals("Hello.", dialogue.get("text").getAsString());
    assertEquals(0, json.getAsJsonArray("warnings").size());
  }

  @Test
  void reportsAnUnclosedBoneyardAsAWarningNotAFailure() throws Exception {
    Path script = folder.resolve("open.fountain");
    Files.writeString(script, "INT. ROOM - DAY\n\n/* never closed\n\nAction.\n");

    assertEquals(0, run("parse", "--compact", script.toString()));

    JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
    JsonObject warning = json.getAsJsonArray("warnings").get(0).getAsJsonObject();
    assertEquals("unclosed-boneyard", warning.get("code").getAsString());
    assertEquals(
        2, warning.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
  }

  @Test
  void aMissingFileGivesOneLineNamingItAndExitCodeTwo() {
    Path missing = folder.resolve("nowhere.fountain");

    assertEquals(2, run("parse", missing.toString()));

    String message = err.toString().strip();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("nowhere.fountain"), message);
    assertTrue(message.contains("no such file"), message);
    assertEquals("", out.toString());
  }

  @Test
  void helpListsTheParseSubcommand() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("parse"), out.toString());
  }

  private static void assertRange(
      JsonObject element, int startLine, int startChar, int endLine, int endChar) {
    JsonObject range = element.getAsJsonObject("range");
    JsonObject start = range.getAsJsonObject("start");
    JsonObject end = range.getAsJsonObject("end");
    assertEquals(
        startLine + ":" + startChar + "-" + endLine + ":" + endChar,
        start.get("line").getAsInt()
            + ":"
            + start.get("character").getAsInt()
            + "-"
            + end.get("line").getAsInt()
            + ":"
            + end.get("character").getAsInt());
  }
}
