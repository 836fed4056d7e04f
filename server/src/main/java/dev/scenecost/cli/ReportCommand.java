package dev.scenecost.cli;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.ValueParsers;
import dev.scenecost.budget.report.ReportFormat;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.savings.SavingsFinder;
import dev.scenecost.budget.savings.SavingsReport;
import dev.scenecost.budget.usage.UsageAnalysis;
import dev.scenecost.budget.usage.UsageReport;
import dev.scenecost.budget.usage.UsageTracker;
import dev.scenecost.jfountain.Screenplay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenecost report FILE}: the scene-by-scene estimate and budget plan. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Estimate the tokens and money to generate a Fountain screenplay with AI models, scene by "
          + "scene, and check it against the film's budget.",
      "Settings come from scenecost.json beside the screenplay or in a parent folder.",
      "Exit codes: 0 the film fits its budget (or has none), 1 it does not, 2 bad input."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .fountain screenplay.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default), json, csv or md.")
  String format;

  @Option(
      names = "--budget",
      paramLabel = "AMOUNT",
      description =
          "The film's budget, such as 12000 or '$12,000'; wins over the title page "
              + "and the settings.")
  String budget;

  @Option(
      names = "--tier",
      paramLabel = "NAME",
      description =
          "Default tier for scenes without a [[tier:]] note, such as hero, standard, "
              + "background or previz.")
  String tier;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Settings file to use instead of looking for scenecost.json.")
  Path config;

  @Option(
      names = "--usage",
      description =
          "Add what was really spent, from SCRIPT.usage.csv: actual spend and variance "
              + "per scene, the calibrated estimate and the forecast against the budget "
              + "(docs/usage-tracking.md). The exit code then follows the forecast.")
  boolean usage;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat reportFormat;
    try {
      reportFormat = ReportFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("scenecost: unknown format \"" + format + "\"; use table, json, csv or md.");
      return 2;
    }
    Optional<ScreenplayInput> input = ScreenplayInput.load(file, config, err);
    if (input.isEmpty()) {
      return 2;
    }
    Screenplay screenplay = input.get().screenplay();
    LoadedConfig loaded = input.get().settings();
    ProjectConfig settings = loaded.config();
    if (budget != null) {
      OptionalDouble amount = ValueParsers.money(budget);
      if (amount.isEmpty()) {
        err.println(
            "scenecost: can't read the budget \""
                + budget
                + "\"; write an amount such as"
                + " 12000 or '$12,000'.");
        return 2;
      }
      settings = settings.withBudget(amount.getAsDouble());
    }
    if (tier != null) {
      if (settings.tier(tier).isEmpty()) {
        err.println(
            "scenecost: there is no tier \""
                + tier
                + "\"; use one of "
                + String.join(", ", settings.tiers().keySet())
                + ".");
        return 2;
      }
      settings = settings.withDefaultTier(tier);
    }
    FilmEstimate estimate = new BudgetEngine().estimate(screenplay, settings);
    String rendered = reportFormat.render(estimate, loaded.problems());
    if (reportFormat == ReportFormat.TABLE) {
      rendered +=
          SavingsReport.table(
              SavingsFinder.find(estimate, screenplay, settings, settings.savings()),
              estimate.currencySymbol());
    }
    boolean fits = estimate.fits();
    if (usage) {
      UsageAnalysis analysis =
          UsageAnalysis.of(estimate, screenplay, new UsageTracker().load(file, screenplay));
      rendered = UsageReport.render(reportFormat, rendered, analysis);
      fits = analysis.forecast().fits();
    }
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    if (reportFormat == ReportFormat.CSV) {
      // CSV has no place for them; the other formats list them.
      loaded.problems().forEach(p -> err.println("scenecost: " + p));
    }
    return fits ? 0 : 1;
  }
}
