package dev.scenecost.budget.fit;

import java.util.List;

/**
 * A tier for every scene so that the film fits its budget, and what it trades.
 *
 * @param fits true when the plan's cost with contingency is within the budget; false when even the
 *     cheapest plan is over (then {@link #scenes} is that cheapest plan)
 * @param budget the film's budget
 * @param contingencyPercent the contingency, in percent
 * @param cost the plan's cost before contingency
 * @param costWithContingency cost + contingency, what is compared with the budget
 * @param scenes every scene, in order
 * @param tradeoffs what the plan trades for what, in sentences for a line producer
 * @param principalCharacters the characters whose consistency the plan weighs, most seen first
 * @param optimal true when the plan is proven the best; false when the search stopped early
 */
public record FitPlan(
    boolean fits,
    double budget,
    double contingencyPercent,
    double cost,
    double costWithContingency,
    List<SceneChoice> scenes,
    List<String> tradeoffs,
    List<String> principalCharacters,
    boolean optimal) {
  public FitPlan {
    scenes = List.copyOf(scenes);
    tradeoffs = List.copyOf(tradeoffs);
    principalCharacters = List.copyOf(principalCharacters);
  }

  /**
   * One scene of the plan.
   *
   * @param index position from 0, as in the report
   * @param label how the report names the scene
   * @param heading the heading text
   * @param fromTier the tier the scene is at now
   * @param toTier the tier the plan gives it
   * @param cost its cost at {@code toTier}, before contingency
   * @param locked true when a {@code [[tier: x, locked]]} note keeps it
   */
  public record SceneChoice(
      int index,
      String label,
      String heading,
      String fromTier,
      String toTier,
      double cost,
      boolean locked) {
    public boolean changed() {
      return !fromTier.equals(toTier);
    }
  }

  /** The scenes whose tier the plan changes. */
  public List<SceneChoice> changes() {
    return scenes.stream().filter(SceneChoice::changed).toList();
  }
}
