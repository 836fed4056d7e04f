package dev.scenecost.budget.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The optimiser against brute force on small films, and on cases worked by hand. */
class FitSolverTest {

  @Test
  void aHandWorkedFilmTradesTheLeastImportantScene() {
    // Two scenes, tiers hero (quality 2) and previz (1); costs hero 10, previz 1. Importance 5
    // and 1. Budget 12: both at hero (20) is over; scene 0 at hero + scene 1 at previz = 11
    // (value 5 x 2 + 1 x 1 = 11) beats the reverse, 1 + 10 (value 5 + 2 = 7).
    double[][] cost = {{10, 1}, {10, 1}};
    int[][] value = {{10, 5}, {2, 1}};
    boolean[][] allowed = {{true, true}, {true, true}};
    FitSolver.Result result =
        new FitSolver(cost, value, allowed, new int[0][], 0, c -> c <= 12).solve();
    assertArrayEquals(new int[] {0, 1}, result.tiers());
    assertEquals(11, result.score());
    assertEquals(11.0, result.cost(), 1e-9);
    assertTrue(result.optimal());
  }

  @Test
  void aPrincipalCharacterIsKeptAtOneTierWhenThePenaltyOutweighsTheLoss() {
    // The same film with one character in both scenes and a penalty of 5: mixed tiers score
    // 11 - 5 = 6; both at previz score 5 + 1 = 6 too, and cost 2 < 11: the cheaper wins the tie.
    // With a penalty of 6, both at previz (6) beat mixed (5).
    double[][] cost = {{10, 1}, {10, 1}};
    int[][] value = {{10, 5}, {2, 1}};
    boolean[][] allowed = {{true, true}, {true, true}};
    int[][] principal = {{0, 1}};
    FitSolver.Result tie = new FitSolver(cost, value, allowed, principal, 5, c -> c <= 12).solve();
    assertEquals(6, tie.score());
    assertArrayEquals(new int[] {1, 1}, tie.tiers());
    FitSolver.Result held = new FitSolver(cost, value, allowed, principal, 6, c -> c <= 12).solve();
    assertArrayEquals(new int[] {1, 1}, held.tiers());
    assertEquals(6, held.score());
  }

  @Test
  void aLockedTierIsKeptAndNothingFitsWhenTheCheapestPlanIsOver() {
    double[][] cost = {{10, 1}, {10, 1}};
    int[][] value = {{10, 5}, {2, 1}};
    // Scene 1 locked at hero: 10 + 1 = 11 fits 12 (scene 0 at previz).
    boolean[][] allowed = {{true, true}, {true, false}};
    FitSolver.Result locked =
        new FitSolver(cost, value, allowed, new int[0][], 0, c -> c <= 12).solve();
    assertArrayEquals(new int[] {1, 0}, locked.tiers());
    FitSolver.Result none =
        new FitSolver(cost, value, allowed, new int[0][], 0, c -> c <= 10.5).solve();
    assertNull(none.tiers());
  }

  @Test
  void theBestPlanEqualsBruteForceOnRandomSmallFilms() {
    Random random = new Random(20261201);
    for (int trial = 0; trial < 400; trial++) {
      int scenes = 1 + random.nextInt(6);
      int tiers = 1 + random.nextInt(4);
      double[][] cost = new double[scenes][tiers];
      int[][] value = new int[scenes][tiers];
      boolean[][] allowed = new boolean[scenes][tiers];
      double all = 0;
      for (int i = 0; i < scenes; i++) {
        int importance = 1 + random.nextInt(5);
        boolean locked = random.nextInt(6) == 0;
        int lockedTier = random.nextInt(tiers);
        for (int t = 0; t < tiers; t++) {
          // Tier 0 is the best and, usually but not always, the most expensive.
          cost[i][t] = Math.round((tiers - t) * (1 + random.nextDouble() * 30) * 100) / 100.0;
          value[i][t] = importance * (tiers - t);
          allowed[i][t] = !locked || t == lockedTier;
          all += cost[i][t] / tiers;
        }
      }
      List<int[]> principals = new ArrayList<>();
      int characters = random.nextInt(4);
      for (int k = 0; k < characters; k++) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < scenes; i++) {
          if (random.nextBoolean()) {
            in.add(i);
          }
        }
        if (in.size() >= 2) {
          principals.add(in.stream().mapToInt(Integer::intValue).toArray());
        }
      }
      int[][] principalScenes = principals.toArray(new int[0][]);
      int penalty = random.nextInt(12);
      double budget = all * (0.3 + random.nextDouble());
      FitSolver solver =
          new FitSolver(cost, value, allowed, principalScenes, penalty, c -> c <= budget);
      FitSolver.Result result = solver.solve();
      long[] brute = bruteForce(cost, value, allowed, solver, budget);
      String trialName = "trial " + trial;
      if (brute == null) {
        assertNull(result.tiers(), trialName);
        continue;
      }
      assertEquals(brute[0], result.score(), trialName);
      assertTrue(result.optimal(), trialName);
      double planCost = 0;
      for (int i = 0; i < scenes; i++) {
        assertTrue(allowed[i][result.tiers()[i]], trialName);
        planCost += cost[i][result.tiers()[i]];
      }
      assertTrue(planCost <= budget, trialName);
      assertEquals(solver.score(result.tiers()), result.score(), trialName);
    }
  }

  /** The best score by trying every plan; null when none fits. */
  private static long[] bruteForce(
      double[][] cost, int[][] value, boolean[][] allowed, FitSolver solver, double budget) {
    int scenes = cost.length;
    int tiers = cost[0].length;
    int[] plan = new int[scenes];
    long best = Long.MIN_VALUE;
    int combinations = (int) Math.pow(tiers, scenes);
    for (int code = 0; code < combinations; code++) {
      int rest = code;
      double total = 0;
      boolean ok = true;
      for (int i = 0; i < scenes; i++) {
        plan[i] = rest % tiers;
        rest /= tiers;
        ok &= allowed[i][plan[i]];
        total += cost[i][plan[i]];
      }
      if (ok && total <= budget) {
        best = Math.max(best, solver.score(plan));
      }
    }
    return best == Long.MIN_VALUE ? null : new long[] {best};
  }
}
