package dev.scenecost.cli;

import dev.scenecost.budget.BudgetAnalysis;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.report.ShotListReport;
import dev.scenecost.budget.result.FilmEstimate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenecost shots FILE}: every shot of the film, with its prompt, references and cost. */
@Command(
    name = "shots",
    mixinStandardHelpOptions = true,
    description = {
      "List every shot of a Fountain screenplay in order: scene, chunk, shot type, finished and"
          + " generated seconds, billed clips, keyframes, the references it uses (new or reused),"
          + " a prompt to generate it with, tier, models, tokens and cost.",
      "The shots plus references, music and sound add up to the film's cost before contingency.",
      "Exit codes: 0 listed, 2 bad input."
    })
final class ShotsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .fountain screenplay.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default), json or csv.")
  String format;

  @Option(
      names = "--tier",
      paramLabel = "NAME",
      description = "Default tier for scenes without a [[tier:]] note.")
  String tier;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Settings file to use instead of looking for scenecost.json.")
  Path config;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!ScreenplayInput.knownFormat(format, err, "table", "json", "csv")) {
      return 2;
    }
    Optional<BudgetAnalysis> analysis =
        ScreenplayInput.analyze(
            file,
            config,
            settings ->
                tier == null || settings.tier(tier).isEmpty()
                    ? settings
                    : settings.withDefaultTier(tier),
            null,
            err);
    if (analysis.isEmpty()) {
      return 2;
    }
    ProjectConfig settings = analysis.get().config();
    if (tier != null && settings.tier(tier).isEmpty()) {
      err.println(
          "scenecost: there is no tier \""
              + tier
              + "\"; use one of "
              + String.join(", ", settings.tiers().keySet())
              + ".");
      return 2;
    }
    analysis.get().settings().problems().forEach(p -> err.println("scenecost: " + p));
    FilmEstimate estimate = analysis.get().estimate().orElseThrow();
    spec.commandLine()
        .getOut()
        .print(ShotListReport.render(ShotListReport.of(estimate, settings), format));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
