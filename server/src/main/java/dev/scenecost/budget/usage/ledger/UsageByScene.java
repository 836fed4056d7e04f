package dev.scenecost.budget.usage.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger's rows sorted by scene.
 *
 * @param entries the rows of each scene, keyed by scene index
 * @param unmatched rows that name no scene of the screenplay (or several); they still count in the
 *     film's spend
 * @param problems one report per unmatched row
 */
public record UsageByScene(
    Map<Integer, List<UsageEntry>> entries,
    List<UsageEntry> unmatched,
    List<LedgerProblem> problems) {

  public UsageByScene {
    entries = Map.copyOf(entries);
    unmatched = List.copyOf(unmatched);
    problems = List.copyOf(problems);
  }

  /** What the scene at {@code sceneIndex} has cost so far, per modality. */
  public ModalityAmounts actuals(int sceneIndex) {
    return sum(entries.getOrDefault(sceneIndex, List.of()));
  }

  /** Spend on rows that match no single scene. */
  public double unmatchedCost() {
    return unmatched.stream().mapToDouble(UsageEntry::cost).sum();
  }

  /** Everything spent, matched or not. */
  public double totalCost() {
    return entries.values().stream().flatMap(List::stream).mapToDouble(UsageEntry::cost).sum()
        + unmatchedCost();
  }

  public boolean hasUsage(int sceneIndex) {
    return entries.containsKey(sceneIndex);
  }

  static ModalityAmounts sum(List<UsageEntry> rows) {
    Map<Modality, Double> sums = new EnumMap<>(Modality.class);
    rows.forEach(row -> sums.merge(row.modality(), row.cost(), Double::sum));
    return ModalityAmounts.of(sums);
  }
}
