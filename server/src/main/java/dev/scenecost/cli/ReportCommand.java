package dev.scenecost.cli;

import dev.scenecost.budget.BudgetAnalysis;
import dev.scenecost.budget.LedgerSource;
import dev.scenecost.budget.Overrides;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.SettingRanges;
import dev.scenecost.budget.config.ValueParsers;
import dev.scenecost.budget.report.BudgetReport;
import dev.scenecost.budget.report.ReportFormat;
import dev.scenecost.budget.savings.SavingsReport;
import dev.scenecost.budget.usage.ledger.Ledger;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    Optional<ReportFormat> reportFormat = ReportFormat.named(format);
    if (reportFormat.isEmpty()) {
      err.println("scenecost: unknown format \"" + format + "\"; use table, json, csv or md.");
      return 2;
    }
    Double budgetAmount = null;
    if (budget != null) {
      OptionalDouble amount = ValueParsers.money(budget);
      if (amount.isEmpty() || amount.getAsDouble() > SettingRanges.MAX_MONEY) {
        err.println(
            "scenecost: can't read the budget \""
                + budget
                + "\"; write an amount such as"
                + " 12000 or '$12,000' (at most 1,000,000,000,000).");
        return 2;
      }
      budgetAmount = amount.getAsDouble();
    }
    Optional<BudgetAnalysis> analysis =
        ScreenplayInput.analyze(
            file, config, overrides(budgetAmount), usage ? LedgerSource.FILE : null, err);
    if (analysis.isEmpty()) {
      return 2;
    }
    if (tier != null && analysis.get().settings().config().tier(tier).isEmpty()) {
      err.println(
          "scenecost: there is no tier \""
              + tier
              + "\"; use one of "
              + String.join(", ", analysis.get().settings().config().tiers().keySet())
              + ".");
      return 2;
    }
    BudgetReport report = analysis.get().report().orElseThrow();
    if (usage && report.usage().isEmpty()) {
      err.println(
          "scenecost: nothing spent yet: there is no "
              + Ledger.pathFor(file).getFileName()
              + " beside the screenplay, so the report has no actual spend.");
    }
    String rendered = report.render(reportFormat.get());
    if (reportFormat.get() == ReportFormat.TABLE) {
      rendered += SavingsReport.table(analysis.get().savings(), report.estimate().currencySymbol());
    }
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    if (reportFormat.get() == ReportFormat.CSV) {
      // CSV has no place for them; the other formats list them.
      report.problems().forEach(p -> err.println("scenecost: " + p));
    }
    boolean fits = report.usage().map(u -> u.forecast().fits()).orElse(report.estimate().fits());
    return fits ? 0 : 1;
  }

  /**
   * {@code --budget} wins over the title page and the settings; {@code --tier} sets the default.
   */
  private Overrides overrides(Double budgetAmount) {
    return settings -> {
      ProjectConfig result = budgetAmount == null ? settings : settings.withBudget(budgetAmount);
      return tier == null || result.tier(tier).isEmpty() ? result : result.withDefaultTier(tier);
    };
  }
}
