package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * ci/budget-check.sh, the script the GitHub Action (action.yml) runs, on a git repository made
 * here: a pull request that rewrites drafts/film.fountain (DiffCommandTest's two drafts) over a
 * base commit. Scenecost runs from this build's classes, as the action runs the jar.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class BudgetCheckScriptTest {
  private static final Path SCRIPT = Path.of("..", "ci", "budget-check.sh").toAbsolutePath();

  @TempDir Path repository;
  private Path summary;
  private Path outputs;
  private String base;

  @BeforeEach
  void pullRequest() throws Exception {
    Files.createDirectories(repository.resolve("drafts"));
    Files.writeString(repository.resolve("drafts/film.fountain"), DiffCommandTest.OLD);
    run(repository, "git", "init", "-q");
    run(repository, "git", "add", ".");
    run(
        repository,
        "git",
        "-c",
        "user.name=T",
        "-c",
        "user.email=t@example.com",
        "commit",
        "-qm",
        "base");
    base = run(repository, "git", "rev-parse", "HEAD").output().strip();
    Files.writeString(repository.resolve("drafts/film.fountain"), DiffCommandTest.NEW);
    summary = repository.resolve("summary.md");
    outputs = repository.resolve("outputs.txt");
  }

  @Test
  void writesTheReportAndTheDiffAgainstTheBaseToTheJobSummary() throws Exception {
    Result result = check(repository.resolve("drafts"), base, "drafts/film.fountain");
    assertEquals(0, result.exitCode(), result.output());
    String written = Files.readString(summary);
    assertTrue(
        written.startsWith("## Scenecost: drafts/film.fountain\n\n# Budget report: Two Drafts"),
        written);
    assertTrue(written.contains("### Budget: Two Drafts"), written);
    assertTrue(written.contains("- 2 scenes changed, 1 added, 1 cut, 2 unchanged."), written);
    assertEquals("fits=true", Files.readString(outputs).strip());
  }

  @Test
  void anOverBudgetDraftFailsTheCheck() throws Exception {
    Files.writeString(
        repository.resolve("drafts/film.fountain"), DiffCommandTest.NEW.replace("$5,000", "$1"));
    Result result = check(repository, base, "drafts/film.fountain");
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(Files.readString(summary).contains("Over the budget of $1.00 by"));
    assertEquals("fits=false", Files.readString(outputs).strip());
  }

  @Test
  void aScreenplayNewInThePullRequestGetsItsReportAndNoDiff() throws Exception {
    Files.writeString(repository.resolve("sequel.fountain"), DiffCommandTest.NEW);
    Result result = check(repository, base, "sequel.fountain");
    assertEquals(0, result.exitCode(), result.output());
    String written = Files.readString(summary);
    assertTrue(written.contains("# Budget report: Two Drafts"), written);
    assertTrue(written.contains("sequel.fountain is new in this pull request"), written);
  }

  @Test
  void aMissingScreenplayIsBadInput() throws Exception {
    Result result = check(repository, base, "nowhere.fountain");
    assertEquals(2, result.exitCode(), result.output());
    assertTrue(result.output().contains("nowhere.fountain: no such file"), result.output());
  }

  private Result check(Path workingDirectory, String baseRef, String... screenplays)
      throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), baseRef));
    command.addAll(List.of(screenplays));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    builder
        .environment()
        .put(
            "SCENECOST_COMMAND",
            // A short-lived CLI: the quick compiler and the small collector start it faster.
            java
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "
                + System.getProperty("java.class.path")
                + " "
                + ScenecostCommand.class.getName());
    builder.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
    builder.environment().put("GITHUB_OUTPUT", outputs.toString());
    return start(builder);
  }

  private record Result(int exitCode, String output) {}

  private static Result run(Path directory, String... command) throws Exception {
    Result result = start(new ProcessBuilder(command).directory(directory.toFile()));
    assertEquals(0, result.exitCode(), String.join(" ", command) + ": " + result.output());
    return result;
  }

  private static Result start(ProcessBuilder builder) throws Exception {
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "did not finish: " + builder.command());
    return new Result(process.exitValue(), output);
  }
}
