package dev.scenecost.budget;

import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.estimate.SceneMemo;
import dev.scenecost.budget.estimate.TokenCounter;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.Screenplay;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The budget engine: from a parsed screenplay and a configuration to a {@link FilmEstimate}. Knows
 * nothing of editors or command lines. Thread-safe: one engine can serve every document of a
 * workspace. It keeps the token counts of chunk texts it has seen and the analyses of scenes it has
 * seen (by content and position), so re-estimating after an edit only analyses the scenes and
 * tokenizes the chunks that changed; pricing and the budget plan are always recomputed.
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
  private final SceneMemo scenes = new SceneMemo();

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

  /** Estimates every scene at its tier and at every other tier, and plans the budget. */
  public FilmEstimate estimate(Screenplay screenplay, ProjectConfig config) {
    return new FilmEstimator(screenplay, config, tokens, scenes, LocalDate.now(clock)).estimate();
  }

  /** The memo of chunk token counts (for benchmarks and tests). */
  public TokenCounter tokenCounter() {
    return tokens;
  }

  /** The memo of scene analyses (for benchmarks and tests). */
  public SceneMemo sceneMemo() {
    return scenes;
  }
}
