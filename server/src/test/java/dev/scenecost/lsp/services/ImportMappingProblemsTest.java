package dev.scenecost.lsp.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.config.ConfigProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems in scenecost.json's usage import mappings show on the file, like its other problems. */
class ImportMappingProblemsTest {
  @TempDir Path folder;

  private Map<String, List<ConfigProblem>> problemsAfterOpening(String settings) throws Exception {
    Files.writeString(folder.resolve("scenecost.json"), settings);
    Path script =
        Files.writeString(folder.resolve("pier.fountain"), "EXT. PIER - NIGHT\n\nRain.\n");
    ProjectResolver resolver = new ProjectResolver();
    resolver.resolve(script.toUri().toString());
    return resolver.problemsByFileUri();
  }

  @Test
  void aMappingWithoutASceneColumnIsAProblemOnItsLine() throws Exception {
    // The "kling" mapping on line 4 names no scene column, which every import needs.
    Map<String, List<ConfigProblem>> problems =
        problemsAfterOpening(
            "{\n"
                + "  \"contingencyPercent\": 20,\n"
                + "  \"usage\": { \"imports\": {\n"
                + "    \"kling\": { \"date\": \"Date\", \"cost\": \"Cost\" }\n"
                + "  } }\n"
                + "}\n");

    List<ConfigProblem> onFile = problems.get(folder.resolve("scenecost.json").toUri().toString());
    assertEquals(1, onFile.size(), problems.toString());
    assertEquals(4, onFile.get(0).line());
    assertTrue(onFile.get(0).message().contains("needs \"scene\""), onFile.get(0).message());
  }

  @Test
  void aSyntaxErrorIsReportedOnceThoughBothReadersSeeIt() throws Exception {
    // Line 3 starts with a comma where a key belongs: the settings and the mappings both stop
    // there; the writer is told once.
    Map<String, List<ConfigProblem>> problems =
        problemsAfterOpening("{\n  \"usage\": { \"imports\": {\n    \"runway\": { ,\n");

    List<ConfigProblem> onFile = problems.get(folder.resolve("scenecost.json").toUri().toString());
    assertEquals(1, onFile.size(), onFile.toString());
    assertEquals(3, onFile.get(0).line());
  }
}
