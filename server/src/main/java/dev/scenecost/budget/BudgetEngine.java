package dev.scenecost.budget;

import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.estimate.SceneAnalysis;
import dev.scenecost.budget.estimate.SceneMemo;
import dev.scenecost.budget.estimate.TokenCounter;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.Screenplay;

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
  private final SceneMemo<SceneAnalysis> scenes = new SceneMemo<>();

  public BudgetEngine() {
    this(new TokenCounter());
  }

  /** An engine sharing a token-count memo with others (the memo is thread-safe). */
  public BudgetEngine(TokenCounter tokens) {
    this.tokens = tokens;
  }

  /** Estimates every scene at its tier and at every other tier, and plans the budget. */
  public FilmEstimate estimate(Screenplay screenplay, ProjectConfig config) {
    return new FilmEstimator(screenplay, config, tokens, scenes).estimate();
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
