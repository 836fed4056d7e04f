package dev.scenecost.cli;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.diff.DiffFormat;
import dev.scenecost.budget.diff.Draft;
import dev.scenecost.budget.diff.DraftDiff;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenecost diff OLD NEW}: what a rewrite does to the budget, scene by scene. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare the budget of two drafts of a screenplay: each scene's change in screen time, tier"
          + " and cost, the scenes added and cut, the film's change with and without contingency,"
          + " and whether the new draft still fits its budget.",
      "OLD and NEW are files or git:REF:path (read with git; the path from the repository's"
          + " root), for example: scenecost diff git:main:film.fountain film.fountain",
      "Scenes are matched by number, else by heading and text; a renumbered, renamed or moved"
          + " scene is the same scene. Both drafts are estimated with the working tree's"
          + " scenecost.json (the one for NEW), so only the writing differs.",
      "Exit codes: 0 the new draft fits its budget (or has none), 1 it does not, 2 bad input."
    })
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier draft.")
  String before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later draft.")
  String after;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default), md (for a pull request) or json.")
  String format;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Settings file to use instead of looking for scenecost.json.")
  Path config;

  /** Where relative paths and git commands start from: the current directory, except in tests. */
  Path workingDirectory = Path.of("");

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DiffFormat diffFormat;
    try {
      diffFormat = DiffFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("scenecost: unknown format \"" + format + "\"; use table, md or json.");
      return 2;
    }
    Path workingDirectory = this.workingDirectory.toAbsolutePath();
    Optional<DraftSource> oldSource = DraftSource.parse(before, workingDirectory, err);
    Optional<DraftSource> newSource =
        oldSource.isEmpty() ? Optional.empty() : DraftSource.parse(after, workingDirectory, err);
    if (newSource.isEmpty()) {
      return 2;
    }
    Optional<Screenplay> oldScreenplay = parse(oldSource.get(), err);
    Optional<Screenplay> newScreenplay =
        oldScreenplay.isEmpty() ? Optional.empty() : parse(newSource.get(), err);
    if (newScreenplay.isEmpty()) {
      return 2;
    }
    Optional<LoadedConfig> found =
        ScreenplayInput.settings(newSource.get().workingTreeFile(), config, err);
    if (found.isEmpty()) {
      return 2;
    }
    LoadedConfig settings = found.get();
    settings.problems().forEach(problem -> err.println("scenecost: " + problem));

    BudgetEngine engine = new BudgetEngine();
    Draft oldDraft =
        new Draft(
            before, oldScreenplay.get(), engine.estimate(oldScreenplay.get(), settings.config()));
    Draft newDraft =
        new Draft(
            after, newScreenplay.get(), engine.estimate(newScreenplay.get(), settings.config()));
    DraftDiff diff = DraftDiff.compare(oldDraft, newDraft);
    spec.commandLine().getOut().print(diffFormat.render(diff));
    spec.commandLine().getOut().flush();
    return diff.fitsAfter() ? 0 : 1;
  }

  private static Optional<Screenplay> parse(DraftSource source, PrintWriter err) {
    Optional<Screenplay> screenplay = source.read(err).map(FountainParser::parse);
    screenplay.ifPresent(parsed -> ScreenplayInput.printWarnings(source.name(), parsed, err));
    return screenplay;
  }
}
