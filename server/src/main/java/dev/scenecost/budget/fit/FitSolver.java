package dev.scenecost.budget.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses a tier per scene: maximise Σ value[scene][tier] − penalty × (principal characters seen at
 * more than one tier) subject to Σ cost ≤ the budget. A multiple-choice knapsack with a coupling
 * penalty, solved exactly:
 *
 * <ul>
 *   <li>Values are whole numbers (importance × quality), so a dynamic programme over the value (not
 *       over money) gives, for every total value, the cheapest plan reaching it: exact in money,
 *       with no rounding of amounts, in time scenes × total value × tiers.
 *   <li>The penalty is handled by branch and bound over the principal characters: each is either
 *       held at one tier (its scenes may only use that tier, no penalty) or let free (penalty
 *       paid). Characters not yet decided are left unconstrained and unpenalised, which can only
 *       overestimate: that relaxation is the bound, and the relaxed plan, scored with its real
 *       penalty, is a feasible plan. A branch whose bound is no better than the best plan found is
 *       dropped. Every labelling is covered, so the best plan found is optimal.
 * </ul>
 *
 * <p>Ties are broken towards the cheaper plan. A search that would exceed {@link #MAX_NODES}
 * programmes stops and says how far from optimal its plan may be.
 */
final class FitSolver {
  static final int MAX_NODES = 5_000;
  private static final int UNDECIDED = -2;
  private static final int FREE = -1;

  private final double[][] cost;
  private final int[][] value;
  private final boolean[][] allowed;
  private final int[][] principalScenes;
  private final int[][] principalsOfScene;
  private final int penalty;
  private final java.util.function.DoublePredicate fits;
  private final int scenes;
  private final int tiers;

  private int[] best;
  private long bestScore = Long.MIN_VALUE;
  private double bestCost = Double.MAX_VALUE;
  private long bestBound = Long.MIN_VALUE;
  private int nodes;
  private boolean stopped;

  /**
   * @param cost cost[scene][tier] before contingency
   * @param value value[scene][tier], whole numbers ≥ 0
   * @param allowed allowed[scene][tier]: false for tiers a lock rules out
   * @param principalScenes for each principal character, the scenes it is seen in
   * @param penalty what a principal character seen at more than one tier costs
   * @param fits whether a total cost (before contingency) fits the budget
   */
  FitSolver(
      double[][] cost,
      int[][] value,
      boolean[][] allowed,
      int[][] principalScenes,
      int penalty,
      java.util.function.DoublePredicate fits) {
    this.cost = cost;
    this.value = value;
    this.allowed = allowed;
    this.principalScenes = principalScenes;
    this.penalty = penalty;
    this.fits = fits;
    this.scenes = cost.length;
    this.tiers = scenes == 0 ? 0 : cost[0].length;
    List<List<Integer>> of = new ArrayList<>();
    for (int i = 0; i < scenes; i++) {
      of.add(new ArrayList<>());
    }
    for (int k = 0; k < principalScenes.length; k++) {
      for (int scene : principalScenes[k]) {
        of.get(scene).add(k);
      }
    }
    principalsOfScene = new int[scenes][];
    for (int i = 0; i < scenes; i++) {
      principalsOfScene[i] = of.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The outcome: the best plan (tier index per scene), or null when nothing fits. */
  record Result(int[] tiers, long score, double cost, boolean optimal, long bound, int nodes) {}

  Result solve() {
    int[] labels = new int[principalScenes.length];
    Arrays.fill(labels, UNDECIDED);
    Relaxed root = relax(labels);
    if (root != null) {
      branch(labels, 0, root);
    }
    if (best == null) {
      return new Result(null, 0, 0, true, 0, nodes);
    }
    return new Result(best, bestScore, bestCost, !stopped, Math.max(bestBound, bestScore), nodes);
  }

  /** The best value of the relaxed problem under these labels, with the plan reaching it. */
  private record Relaxed(int[] plan, long value, double cost) {}

  private void branch(int[] labels, int freeCount, Relaxed relaxed) {
    long bound = relaxed.value - (long) penalty * freeCount;
    consider(relaxed.plan, relaxed.cost);
    if (bound <= bestScore) {
      return;
    }
    // The first undecided character the relaxed plan shows at more than one tier; while there is
    // none, the relaxed plan pays every penalty its bound counts, so nothing below is better.
    int k = 0;
    while (k < labels.length && (labels[k] != UNDECIDED || consistent(relaxed.plan, k))) {
      k++;
    }
    if (k == labels.length) {
      return;
    }
    if (nodes >= MAX_NODES) {
      stopped = true;
      bestBound = Math.max(bestBound, bound);
      return;
    }
    // Hold the character at each tier, the tiers the relaxed plan uses most for it first; then
    // let it free, which changes no constraint and so needs no new programme.
    int[] uses = new int[tiers];
    for (int scene : principalScenes[k]) {
      uses[relaxed.plan[scene]]++;
    }
    Integer[] order = new Integer[tiers];
    for (int t = 0; t < tiers; t++) {
      order[t] = t;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer t) -> -uses[t]));
    for (int t : order) {
      if (relaxed.value - (long) penalty * freeCount <= bestScore) {
        break;
      }
      labels[k] = t;
      Relaxed child = relax(labels);
      if (child != null) {
        branch(labels, freeCount, child);
      }
      labels[k] = UNDECIDED;
    }
    labels[k] = FREE;
    branch(labels, freeCount + 1, relaxed);
    labels[k] = UNDECIDED;
  }

  private void consider(int[] plan, double planCost) {
    long score = score(plan);
    if (score > bestScore || (score == bestScore && planCost < bestCost - 1e-9)) {
      best = plan.clone();
      bestScore = score;
      bestCost = planCost;
    }
  }

  /** The real objective of a plan: its value less the penalty of every inconsistent principal. */
  long score(int[] plan) {
    long total = 0;
    for (int i = 0; i < scenes; i++) {
      total += value[i][plan[i]];
    }
    for (int k = 0; k < principalScenes.length; k++) {
      if (!consistent(plan, k)) {
        total -= penalty;
      }
    }
    return total;
  }

  private boolean consistent(int[] plan, int k) {
    int[] scenesOf = principalScenes[k];
    for (int j = 1; j < scenesOf.length; j++) {
      if (plan[scenesOf[j]] != plan[scenesOf[0]]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The dynamic programme over value: for every reachable total value, the cheapest plan; states
   * already over the budget are dropped (costs are never negative). Null when nothing fits.
   */
  private Relaxed relax(int[] labels) {
    nodes++;
    int[] base = new int[scenes];
    int[] span = new int[scenes];
    boolean[][] ok = new boolean[scenes][tiers];
    int total = 0;
    for (int i = 0; i < scenes; i++) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (int t = 0; t < tiers; t++) {
        boolean usable = allowed[i][t];
        for (int k : principalsOfScene[i]) {
          if (labels[k] >= 0 && labels[k] != t) {
            usable = false;
          }
        }
        ok[i][t] = usable;
        if (usable) {
          min = Math.min(min, value[i][t]);
          max = Math.max(max, value[i][t]);
        }
      }
      if (min == Integer.MAX_VALUE) {
        return null;
      }
      base[i] = min;
      span[i] = max - min;
      total += span[i];
    }
    double[] dp = new double[total + 1];
    Arrays.fill(dp, Double.POSITIVE_INFINITY);
    dp[0] = 0;
    byte[][] choice = new byte[scenes][];
    int reach = 0;
    double[] next = new double[total + 1];
    for (int i = 0; i < scenes; i++) {
      int newReach = reach + span[i];
      Arrays.fill(next, 0, newReach + 1, Double.POSITIVE_INFINITY);
      byte[] chosen = new byte[newReach + 1];
      for (int v = 0; v <= reach; v++) {
        double here = dp[v];
        if (here == Double.POSITIVE_INFINITY) {
          continue;
        }
        for (int t = 0; t < tiers; t++) {
          if (!ok[i][t]) {
            continue;
          }
          double c = here + cost[i][t];
          int nv = v + value[i][t] - base[i];
          if (c < next[nv] && fits.test(c)) {
            next[nv] = c;
            chosen[nv] = (byte) t;
          }
        }
      }
      choice[i] = chosen;
      double[] swap = dp;
      dp = next;
      next = swap;
      reach = newReach;
    }
    int bestV = -1;
    for (int v = reach; v >= 0; v--) {
      if (dp[v] != Double.POSITIVE_INFINITY) {
        bestV = v;
        break;
      }
    }
    if (bestV < 0) {
      return null;
    }
    int[] plan = new int[scenes];
    int v = bestV;
    long baseTotal = 0;
    for (int i = scenes - 1; i >= 0; i--) {
      int t = choice[i][v];
      plan[i] = t;
      v -= value[i][t] - base[i];
      baseTotal += base[i];
    }
    return new Relaxed(plan, baseTotal + bestV, dp[bestV]);
  }
}
