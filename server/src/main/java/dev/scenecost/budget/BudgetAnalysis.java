package dev.scenecost.budget;

import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.estimate.PricingMemo;
import dev.scenecost.budget.report.BudgetReport;
import dev.scenecost.budget.report.FilmFigures;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.savings.Saving;
import dev.scenecost.budget.savings.SavingsFinder;
import dev.scenecost.budget.savings.SavingsMemo;
import dev.scenecost.budget.usage.UsageAnalysis;
import dev.scenecost.budget.usage.UsageSnapshot;
import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.Screenplay;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One analysis of one version of a screenplay, immutable: the parse, the configuration it was
 * estimated with, the estimate, the usage and calibration when a ledger was asked for, every
 * problem, and the {@link BudgetReport} every face renders. Made by {@link BudgetEngine#analyze};
 * the language server, the command line and the {@code scenecost/report} request all read it.
 */
public final class BudgetAnalysis {
  private final Path path;
  private final Screenplay screenplay;
  private final LoadedConfig settings;
  private final ProjectConfig config;
  private final FilmEstimate estimate;
  private final String failure;
  private final UsageSnapshot usage;
  private final SavingsMemo savingsMemo;
  private final Map<List<ChunkEstimate>, PricingMemo.Moved> chunkMoves;
  private volatile List<Saving> savings;
  private volatile Optional<UsageAnalysis> usageAnalysis;
  private volatile BudgetReport report;

  BudgetAnalysis(
      Path path,
      Screenplay screenplay,
      LoadedConfig settings,
      ProjectConfig config,
      FilmEstimate estimate,
      String failure,
      UsageSnapshot usage,
      SavingsMemo savingsMemo,
      Map<List<ChunkEstimate>, PricingMemo.Moved> chunkMoves) {
    this.path = path;
    this.screenplay = screenplay;
    this.settings = settings;
    this.config = config;
    this.estimate = estimate;
    this.failure = failure;
    this.usage = usage;
    this.savingsMemo = savingsMemo;
    this.chunkMoves = chunkMoves;
  }

  /** The screenplay's file, or null for a document that is not one (an untitled buffer). */
  public Path path() {
    return path;
  }

  public Screenplay screenplay() {
    return screenplay;
  }

  /** The settings file as loaded, with its problems. */
  public LoadedConfig settings() {
    return settings;
  }

  /** The configuration the estimate was made with: the settings with the face's overrides. */
  public ProjectConfig config() {
    return config;
  }

  /** The estimate; empty only when the engine failed on this text (see {@link #failure}). */
  public Optional<FilmEstimate> estimate() {
    return Optional.ofNullable(estimate);
  }

  /** Why there is no estimate, in one line; empty when there is one. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * The ledger tied to this version's scenes; empty when none was asked for or there is no file.
   */
  public Optional<UsageSnapshot> usage() {
    return Optional.ofNullable(usage);
  }

  /**
   * Calibration and forecast from the ledger, made on first use (a writer who tracks no spend pays
   * nothing for it); empty when no ledger was asked for, without an estimate, or when the forecast
   * failed on this ledger.
   */
  public Optional<UsageAnalysis> usageAnalysis() {
    Optional<UsageAnalysis> made = usageAnalysis;
    if (made == null) {
      made = Optional.empty();
      if (usage != null && estimate != null) {
        try {
          made = Optional.of(UsageAnalysis.of(estimate, screenplay, usage));
        } catch (RuntimeException e) {
          // A ledger the forecast cannot use leaves the estimate standing; its rows' problems
          // are in the snapshot.
        }
      }
      usageAnalysis = made;
    }
    return made;
  }

  /** True when the screenplay has a ledger file: the writer tracks spend. */
  public boolean tracked() {
    return usage != null && usage.ledger().exists();
  }

  /**
   * The savings hints (docs/estimation.md, section 14), found on first use and then kept, so the
   * editor's diagnostics and the command line's report read the same list; empty without an
   * estimate.
   */
  public List<Saving> savings() {
    List<Saving> found = savings;
    if (found == null) {
      found =
          estimate == null
              ? List.of()
              : List.copyOf(
                  SavingsFinder.find(
                      estimate,
                      screenplay,
                      config,
                      config.savings(),
                      savingsMemo == null ? null : savingsMemo.begin(path, chunkMoves)));
      savings = found;
    }
    return found;
  }

  public List<ParseWarning> parseWarnings() {
    return screenplay.warnings();
  }

  public List<ConfigProblem> settingsProblems() {
    return settings.problems();
  }

  /**
   * The film's figures (the status bar's line among them): the report's when it is built, else made
   * alone, without the scenes'. Empty when there is no estimate.
   */
  public Optional<FilmFigures> filmFigures() {
    if (estimate == null) {
      return Optional.empty();
    }
    BudgetReport built = report;
    return Optional.of(
        built != null ? built.film() : BudgetReport.filmOf(estimate, reportedUsage()));
  }

  /** The ledger's analysis the report shows, or null when the screenplay has no ledger. */
  private UsageAnalysis reportedUsage() {
    return tracked() ? usageAnalysis().orElse(null) : null;
  }

  /**
   * The budget report, built on first use and then kept: with the usage section when the screenplay
   * has a ledger file. Empty when there is no estimate.
   */
  public Optional<BudgetReport> report() {
    if (estimate == null) {
      return Optional.empty();
    }
    BudgetReport built = report;
    if (built == null) {
      built = BudgetReport.of(estimate, settings.problems(), reportedUsage());
      report = built;
    }
    return Optional.of(built);
  }
}
