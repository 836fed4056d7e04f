package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VS Code client's tests draw its budget view and status bar from a report this server wrote
 * (vscode-client/test/fixtures/faces), and compare their strings with the table the command line
 * prints. This test keeps those files what the server writes today, so the client is checked
 * against the real thing. To refresh them after a change of format, run from the repository root:
 *
 * <pre>
 * cp server/src/test/resources/faces/* /tmp/faces/ &amp;&amp; cd /tmp/faces
 * java -jar server/target/scenecost.jar report the-last-reel.fountain --usage --format json
 * java -jar server/target/scenecost.jar report the-last-reel.fountain --usage
 * </pre>
 */
class ClientFixtureTest {
  private static final Path FIXTURES = Path.of("..", "vscode-client", "test", "fixtures", "faces");

  @TempDir Path folder;

  @Test
  void theClientsFixturesAreWhatTheServerPrints() throws Exception {
    String script = "the-last-reel.fountain";
    for (String name : List.of(script, "scenecost.json", script + ".usage.csv")) {
      try (InputStream in = getClass().getResourceAsStream("/faces/" + name)) {
        Files.write(folder.resolve(name), in.readAllBytes());
      }
    }
    String path = folder.resolve(script).toString();
    assertEquals(
        Files.readString(FIXTURES.resolve("report.json"), StandardCharsets.UTF_8),
        run("report", path, "--usage", "--format", "json"),
        "vscode-client/test/fixtures/faces/report.json is stale; see this test's comment");
    assertEquals(
        Files.readString(FIXTURES.resolve("table.txt"), StandardCharsets.UTF_8),
        run("report", path, "--usage"),
        "vscode-client/test/fixtures/faces/table.txt is stale; see this test's comment");
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    ScenecostCommand.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter()));
    return out.toString();
  }
}
