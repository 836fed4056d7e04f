package dev.scenecost.budget.usage.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.config.ConfigProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportMappingsTest {

  static Path resource(String name) {
    try {
      return Path.of(ImportMappingsTest.class.getResource("/usage/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsNamedMappingsWithColumnsFixedValuesAndOptions() {
    ImportMappings mappings = ImportMappings.load(resource("scenecost.json"));

    assertTrue(mappings.problems().isEmpty(), mappings.problems().toString());
    assertEquals(List.of("runway", "elevenlabs"), List.copyOf(mappings.mappings().keySet()));
    ImportMapping runway = mappings.get("Runway").orElseThrow();
    assertEquals("Cost (USD)", runway.source(ImportField.COST).orElseThrow().column());
    // Plain text is the value itself for modality and unit kind, a column title for the rest.
    assertEquals("video", runway.source(ImportField.MODALITY).orElseThrow().value());
    assertEquals("credits", runway.source(ImportField.UNIT_KIND).orElseThrow().value());
    assertEquals("Model", runway.source(ImportField.MODEL).orElseThrow().column());
    assertEquals("M/d/yyyy", runway.dateFormat());
    assertEquals("^sc(\\w+)", runway.scenePattern().pattern());
    assertEquals(1.0, runway.exchangeRate());
    assertEquals(5, runway.line());

    ImportMapping voice = mappings.get("elevenlabs").orElseThrow();
    assertEquals("voice", voice.source(ImportField.MODALITY).orElseThrow().value());
    assertEquals(0.00018, voice.costPerUnit());
    assertTrue(voice.source(ImportField.COST).isEmpty());
  }

  @Test
  void aBrokenMappingIsReportedWithItsLineAndTheOthersStillWork() {
    String json =
        "{\n"
            + "  \"usage\": { \"imports\": {\n"
            + "    \"kling\": { \"date\": \"Date\", \"cost\": \"Cost\" },\n"
            + "    \"veo\": { \"date\": \"Day\", \"scene\": \"Label\", \"cost\": \"Amount\",\n"
            + "      \"dateFromat\": \"d.M.yyyy\" },\n"
            + "    \"luma\": { \"date\": \"Date\", \"scene\": \"Scene\", \"units\": \"Seconds\" }\n"
            + "  } }\n"
            + "}\n";
    ImportMappings mappings = ImportMappings.fromText(json, "scenecost.json");

    assertEquals(List.of("veo"), List.copyOf(mappings.mappings().keySet()));
    List<ConfigProblem> problems = mappings.problems();
    assertEquals(3, problems.size(), problems.toString());
    // kling has no scene (line 3), veo has a misspelt option (line 5, kept: only a warning),
    // luma has units but neither cost nor costPerUnit (line 6).
    assertEquals(List.of(3, 5, 6), problems.stream().map(ConfigProblem::line).toList());
    assertTrue(problems.get(0).message().contains("needs \"scene\""));
    assertTrue(problems.get(1).message().contains("did you mean \"dateFormat\"?"));
    assertTrue(problems.get(2).message().contains("\"costPerUnit\""));
    assertEquals("scenecost.json", problems.get(0).file());
  }

  @Test
  void aSyntaxErrorNamesTheLineAndLeavesNoMapping() {
    ImportMappings mappings =
        ImportMappings.fromText(
            "{\n  \"usage\": { \"imports\": {\n    \"runway\": { ,\n", "s.json");

    assertTrue(mappings.mappings().isEmpty());
    assertEquals(1, mappings.problems().size());
    assertEquals(3, mappings.problems().get(0).line());
  }

  @Test
  void aBadDatePatternOrScenePatternSaysHowToWriteIt() {
    String json =
        "{\"usage\":{\"imports\":{\"x\":{\"date\":\"D\",\"scene\":\"S\",\"cost\":\"C\","
            + "\"dateFormat\":\"{{}}\",\"scenePattern\":\"sc(\"}}}}";
    ImportMappings mappings = ImportMappings.fromText(json, "s.json");

    assertTrue(mappings.mappings().isEmpty());
    assertEquals(2, mappings.problems().size());
    assertTrue(mappings.problems().get(0).message().contains("M/d/yyyy"));
    assertTrue(mappings.problems().get(1).message().contains("not a valid pattern"));
  }

  @Test
  void aProjectWithoutSettingsHasNoMappings(@org.junit.jupiter.api.io.TempDir Path folder) {
    ImportMappings mappings = ImportMappings.forScreenplay(folder.resolve("a.fountain"), folder);

    assertNull(mappings.configFile());
    assertTrue(mappings.mappings().isEmpty());
    assertTrue(mappings.problems().isEmpty());
  }
}
