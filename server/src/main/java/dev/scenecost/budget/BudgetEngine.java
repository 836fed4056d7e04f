package dev.scenecost.budget;

import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.estimate.PricingMemo;
import dev.scenecost.budget.estimate.SceneAnalysis;
import dev.scenecost.budget.estimate.SceneMemo;
import dev.scenecost.budget.estimate.SpeakerMemo;
import dev.scenecost.budget.estimate.TokenCounter;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.savings.SavingsMemo;
import dev.scenecost.budget.usage.UsageSnapshot;
import dev.scenecost.budget.usage.ledger.Ledger;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The budget engine: from a parsed screenplay and a configuration to a {@link FilmEstimate}. Knows
 * nothing of editors or command lines. Thread-safe: one engine can serve every document of a
 * workspace. It keeps the token counts of chunk texts it has seen and the analyses of scenes it has
 * seen (by content, wherever they move), so re-estimating after an edit only analyses the scenes
 * and tokenizes the chunks that changed; pricing and the budget plan are always recomputed.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * LoadedConfig loaded = ConfigLoader.load(scriptPath, workspaceRoot);
 * FilmEstimate estimate = engine.estimate(FountainParser.parse(text), loaded.config());
 * }</pre>
 */
public final class BudgetEngine {
  private final TokenCounter tokens;
  private final Clock clock;
  private final SceneMemo<SceneAnalysis> scenes = new SceneMemo<>();
  private final PricingMemo pricings = new PricingMemo();
  private final SpeakerMemo speakers = new SpeakerMemo();
  private final SavingsMemo savings = new SavingsMemo();

  public BudgetEngine() {
    this(new TokenCounter());
  }

  /** An engine sharing a token-count memo with others (the memo is thread-safe). */
  public BudgetEngine(TokenCounter tokens) {
    this(tokens, Clock.systemUTC());
  }

  /**
   * An engine whose "today" comes from {@code clock}: a model retired on or before that day is
   * flagged (tests set the day).
   */
  public BudgetEngine(TokenCounter tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /**
   * The one entry point of the faces: parses the source, lays the overrides over the settings,
   * estimates, and ties the ledger to the scenes. Never throws for any text: an engine failure is
   * the analysis's {@link BudgetAnalysis#failure}.
   *
   * @param source the screenplay's text
   * @param path its file, or null for a document that is not one (no ledger then)
   * @param settings scenecost.json as loaded (or the defaults), with its problems
   * @param overrides what the face lays over the settings
   * @param ledgers where to read the ledger beside the file; null to leave usage out
   */
  public BudgetAnalysis analyze(
      CharSequence source,
      Path path,
      LoadedConfig settings,
      Overrides overrides,
      LedgerSource ledgers) {
    return analyze(FountainParser.parse(source), path, settings, overrides, ledgers);
  }

  /**
   * As {@link #analyze(CharSequence, Path, LoadedConfig, Overrides, LedgerSource)}, for an editor's
   * next version of a text: only the scenes an edit touched are parsed again, so a keystroke costs
   * the same on a long screenplay as on a short one.
   */
  public BudgetAnalysis analyze(
      EditedText source,
      Path path,
      LoadedConfig settings,
      Overrides overrides,
      LedgerSource ledgers) {
    return analyze(source.parse(), path, settings, overrides, ledgers);
  }

  /**
   * As {@link #analyze(CharSequence, Path, LoadedConfig, Overrides, LedgerSource)}, on the file's
   * bytes (decoded leniently, with a warning where they are not UTF-8).
   */
  public BudgetAnalysis analyze(
      byte[] source, Path path, LoadedConfig settings, Overrides overrides, LedgerSource ledgers) {
    return analyze(FountainParser.parse(source), path, settings, overrides, ledgers);
  }

  private BudgetAnalysis analyze(
      Screenplay screenplay,
      Path path,
      LoadedConfig settings,
      Overrides overrides,
      LedgerSource ledgers) {
    ProjectConfig config = overrides.apply(settings.config());
    FilmEstimate estimate = null;
    String failure = null;
    PricingMemo.Pricer pricer = pricings.begin(path);
    try {
      estimate = estimate(screenplay, config, pricer, path);
    } catch (RuntimeException | StackOverflowError e) {
      failure = "the estimate failed (" + unwrapped(e) + ")";
    }
    UsageSnapshot usage = null;
    if (path != null && ledgers != null) {
      try {
        usage = UsageSnapshot.of(ledgers.read(Ledger.pathFor(path)), screenplay);
      } catch (RuntimeException e) {
        failure = (failure == null ? "" : failure + "; ") + "the usage ledger failed (" + e + ")";
      }
    }
    return new BudgetAnalysis(
        path,
        screenplay,
        settings,
        config,
        estimate,
        failure,
        usage,
        savings,
        estimate == null ? Map.of() : pricer.moves());
  }

  /**
   * The failure as it was thrown. Scenes are analysed in parallel, and a fork-join pool rethrows a
   * worker's exception wrapped in a new one of the same class, which would print its class twice.
   */
  private static Throwable unwrapped(Throwable thrown) {
    Throwable failure = thrown;
    while (failure.getCause() != null && failure.getCause().getClass() == failure.getClass()) {
      failure = failure.getCause();
    }
    return failure;
  }

  /** Estimates every scene at its tier and at every other tier, and plans the budget. */
  public FilmEstimate estimate(Screenplay screenplay, ProjectConfig config) {
    return estimate(screenplay, config, null);
  }

  /**
   * As {@link #estimate(Screenplay, ProjectConfig)}, re-using the pricings of the previous estimate
   * of the same screenplay where its scenes did not change.
   *
   * @param lineage what the screenplay is known by from one estimate to the next (its file), or
   *     null for texts that are not files (they share one lineage)
   */
  public FilmEstimate estimate(Screenplay screenplay, ProjectConfig config, Object lineage) {
    return estimate(screenplay, config, pricings.begin(lineage), lineage);
  }

  private FilmEstimate estimate(
      Screenplay screenplay, ProjectConfig config, PricingMemo.Pricer pricer, Object lineage) {
    FilmEstimate estimate =
        new FilmEstimator(
                screenplay, config, tokens, scenes, pricer, speakers, lineage, LocalDate.now(clock))
            .estimate();
    pricer.finish();
    return estimate;
  }

  /** The memo of chunk token counts (for benchmarks and tests). */
  public TokenCounter tokenCounter() {
    return tokens;
  }

  /** The memo of scene analyses (for benchmarks and tests). */
  public SceneMemo<SceneAnalysis> sceneMemo() {
    return scenes;
  }
}
