package dev.scenecost.budget.usage;

import dev.scenecost.budget.usage.ledger.Ledger;
import dev.scenecost.budget.usage.ledger.LedgerProblem;
import dev.scenecost.budget.usage.ledger.SceneMatcher;
import dev.scenecost.budget.usage.ledger.SceneRef;
import dev.scenecost.budget.usage.ledger.UsageByScene;
import dev.scenecost.jfountain.Screenplay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A screenplay's ledger, loaded and tied to its scenes.
 *
 * @param ledger the rows and the rows that could not be read
 * @param byScene the rows sorted by scene, and the rows that match no scene
 */
public record UsageSnapshot(Ledger ledger, UsageByScene byScene) {

  /**
   * Ties a ledger already in memory to the scenes of a screenplay: the language server reads the
   * ledger once and matches it again after every edit of the screenplay.
   */
  public static UsageSnapshot of(Ledger ledger, Screenplay screenplay) {
    return new UsageSnapshot(ledger, new SceneMatcher(SceneRef.of(screenplay)).match(ledger));
  }

  /** Every problem of the ledger in line order: unreadable rows and rows for unknown scenes. */
  public List<LedgerProblem> problems() {
    List<LedgerProblem> all = new ArrayList<>(ledger.problems());
    all.addAll(byScene.problems());
    all.sort(Comparator.comparingInt(LedgerProblem::line));
    return all;
  }

  /** True when some row was skipped because it could not be read. */
  public boolean hasSkippedRows() {
    return ledger.problems().stream().anyMatch(LedgerProblem::rowSkipped);
  }

  /** What the scene at {@code sceneIndex} has cost so far. */
  public double spent(int sceneIndex) {
    return byScene.actuals(sceneIndex).total();
  }
}
