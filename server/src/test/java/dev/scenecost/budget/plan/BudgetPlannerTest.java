package dev.scenecost.budget.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.SceneStatus;
import dev.scenecost.budget.result.Severity;
import dev.scenecost.jfountain.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetPlannerTest {
  private static final SourceRange BUDGET_ENTRY = SourceRange.of(1, 0, 1, 12);
  private final BudgetPlanner planner = new BudgetPlanner("$", "standard");

  private static PlanScene scene(int index, double cost, int importance) {
    return scene(index, cost, importance, null);
  }

  private static PlanScene scene(int index, double cost, int importance, Double explicit) {
    Map<String, Double> byTier = new LinkedHashMap<>();
    byTier.put("hero", cost * 4);
    byTier.put("standard", cost);
    byTier.put("background", cost / 5);
    return new PlanScene(
        index,
        Integer.toString(index + 1),
        SourceRange.of(index * 10, 0, index * 10, 15),
        "standard",
        cost,
        byTier,
        explicit,
        explicit == null ? null : SourceRange.of(index * 10 + 2, 0, index * 10 + 2, 16),
        importance);
  }

  private static List<FindingCode> codes(BudgetPlan plan) {
    return plan.findings().stream().map(Finding::code).toList();
  }

  @Test
  void theBudgetLessContingencyIsSharedByEstimateTimesImportance() {
    // Budget 150 with 25% contingency -> 120 for scenes. Weights (estimate x importance):
    // 10 x 3 = 30, 20 x 3 = 60, 30 x 5 = 150; total 240.
    // Allocations: 120 x 30/240 = 15, 120 x 60/240 = 30, 120 x 150/240 = 75.
    BudgetPlan plan =
        planner.plan(
            List.of(scene(0, 10, 3), scene(1, 20, 3), scene(2, 30, 5)), 150.0, BUDGET_ENTRY, 25);
    assertEquals(15.0, plan.scenes().get(0).allocation(), 1e-9);
    assertEquals(30.0, plan.scenes().get(1).allocation(), 1e-9);
    assertEquals(75.0, plan.scenes().get(2).allocation(), 1e-9);
    // Costs 10, 20, 30 all fit; running total 60 x 1.25 = 75 <= 150.
    plan.scenes().forEach(s -> assertEquals(SceneStatus.FITS, s.status()));
    assertNull(plan.exhaustedAtScene());
    assertEquals(List.of(), plan.findings());
  }

  @Test
  void aLessImportantSceneCanBeOverItsShareEvenWhenTheFilmFits() {
    // Budget 100, no contingency. Weights 40 x 1 = 40, 40 x 4 = 160 -> shares 20 and 80.
    BudgetPlan plan =
        planner.plan(List.of(scene(0, 40, 1), scene(1, 40, 4)), 100.0, BUDGET_ENTRY, 0);
    assertEquals(20.0, plan.scenes().get(0).allocation(), 1e-9);
    assertEquals(SceneStatus.OVER, plan.scenes().get(0).status());
    assertEquals(20.0, plan.scenes().get(0).overBy(), 1e-9); // 40 - 20
    assertEquals(SceneStatus.FITS, plan.scenes().get(1).status());
    Finding over = plan.findings().get(0);
    assertEquals(FindingCode.SCENE_OVER_ALLOCATION, over.code());
    // The film (80) fits 100: the scene borrows from scene 2 (80 - 40 = 40 to spare), which is
    // information, not a warning.
    assertEquals(Severity.INFORMATION, over.severity());
    assertEquals(0, over.sceneIndex());
    assertEquals(SourceRange.of(0, 0, 0, 15), over.range());
    // background costs 40 / 5 = 8 <= 20: it fits; hero (160) is not cheaper.
    assertEquals(List.of("background"), over.suggestions());
    assertEquals(
        "This scene needs $40.00 at \"standard\", $20.00 more than its $20.00 share of the"
            + " budget. The film still fits: the scene borrows from scenes under their share,"
            + " scene 2 ($40.00 to spare). Switching to \"background\" ($8.00) would fit its"
            + " share.",
        over.message());
    assertEquals(SourceRange.of(10, 0, 10, 15), over.related().get(0).range());
  }

  @Test
  void theShareFollowsTheCostAtTheReferenceTierNotTheScenesOwnTier() {
    // Two scenes of the same standard cost 10; scene 0 is at hero (40). Budget 100, no
    // contingency: needs 10 x 3 and 10 x 3 -> 50 each, whatever tier scene 0 is at. Scene 0
    // needs 40 at hero and fits its 50; the film (40 + 10 = 50) fits.
    PlanScene hero = scene(0, 10, 3);
    hero = new PlanScene(0, "1", hero.headingRange(), "hero", 40, hero.costByTier(), null, null, 3);
    BudgetPlan plan = planner.plan(List.of(hero, scene(1, 10, 3)), 100.0, BUDGET_ENTRY, 0);
    assertEquals(50.0, plan.scenes().get(0).allocation(), 1e-9);
    assertEquals(50.0, plan.scenes().get(1).allocation(), 1e-9);
    // A budget of 60 gives each 30: the hero scene (40) is over, the film (50) still fits.
    plan = planner.plan(List.of(hero, scene(1, 10, 3)), 60.0, BUDGET_ENTRY, 0);
    assertEquals(30.0, plan.scenes().get(0).allocation(), 1e-9);
    assertEquals(SceneStatus.OVER, plan.scenes().get(0).status());
    assertEquals(List.of("standard", "background"), plan.findings().get(0).suggestions());
  }

  @Test
  void aSceneOverItsShareIsAWarningWhenTheFilmIsOver() {
    // Budget 50, no contingency: shares 25 and 25 (equal needs); costs 40 (hero) + 10 = 50 fits
    // exactly; at budget 49 the film is over and the hero scene's overrun is a warning.
    PlanScene base = scene(0, 10, 3);
    PlanScene hero =
        new PlanScene(0, "1", base.headingRange(), "hero", 40, base.costByTier(), null, null, 3);
    BudgetPlan fits = planner.plan(List.of(hero, scene(1, 10, 3)), 50.0, BUDGET_ENTRY, 0);
    assertEquals(List.of(FindingCode.SCENE_OVER_ALLOCATION), codes(fits));
    assertEquals(Severity.INFORMATION, fits.findings().get(0).severity());
    BudgetPlan over = planner.plan(List.of(hero, scene(1, 10, 3)), 49.0, BUDGET_ENTRY, 0);
    Finding warning =
        over.findings().stream()
            .filter(f -> f.code() == FindingCode.SCENE_OVER_ALLOCATION)
            .findFirst()
            .orElseThrow();
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals(
        "This scene needs $40.00 at \"hero\" but its share of the budget is $24.50 ($15.50"
            + " over). Switching to \"standard\" ($10.00) would fit its share.",
        warning.message());
  }

  @Test
  void explicitSceneBudgetsAreKeptAndTheRestIsShared() {
    // Budget 110 with 10% contingency -> 100. Scene 1 has its own 30; 70 left for scenes 0 and
    // 2 by weight 10 x 3 = 30 and 25 x 3 = 75 -> 70 x 30/105 = 20, 70 x 75/105 = 50.
    BudgetPlan plan =
        planner.plan(
            List.of(scene(0, 10, 3), scene(1, 45, 3, 30.0), scene(2, 25, 3)),
            110.0,
            BUDGET_ENTRY,
            10);
    assertEquals(20.0, plan.scenes().get(0).allocation(), 1e-9);
    assertEquals(30.0, plan.scenes().get(1).allocation(), 1e-9);
    assertEquals(50.0, plan.scenes().get(2).allocation(), 1e-9);
    assertEquals(SceneStatus.OVER, plan.scenes().get(1).status());
    assertEquals(15.0, plan.scenes().get(1).overBy(), 1e-9);
  }

  @Test
  void theSceneWhereTheRunningTotalExhaustsTheBudget() {
    // Budget 100, contingency 25%: running totals x 1.25 = 37.5, 75, 112.5 -> exhausted at 2.
    BudgetPlan plan =
        planner.plan(
            List.of(scene(0, 30, 3), scene(1, 30, 3), scene(2, 30, 3)), 100.0, BUDGET_ENTRY, 25);
    assertEquals(2, plan.exhaustedAtScene());
    assertEquals(SceneStatus.EXHAUSTED, plan.scenes().get(2).status());
    assertEquals(90.0, plan.scenes().get(2).runningCost(), 1e-9);
    // Film over (error on the Budget entry) first, then the exhausted scene, then the three
    // scenes over their equal shares of 80 / 3 = 26.67.
    assertEquals(
        List.of(
            FindingCode.FILM_OVER_BUDGET,
            FindingCode.SCENE_OVER_ALLOCATION,
            FindingCode.SCENE_OVER_ALLOCATION,
            FindingCode.BUDGET_EXHAUSTED,
            FindingCode.SCENE_OVER_ALLOCATION),
        codes(plan));
    Finding film = plan.findings().get(0);
    assertEquals(BUDGET_ENTRY, film.range());
    assertNull(film.sceneIndex());
    // 90 x 1.25 = 112.50 (printed whole from $100 up: $113), over by 12.50.
    assertEquals(
        "The film needs $113 ($90.00 plus 25% contingency) but the budget is $100:"
            + " $12.50 over. Move scenes to cheaper tiers or raise the budget.",
        film.message());
  }

  @Test
  void sceneBudgetsAddingUpToMoreThanTheFilmCanSpend() {
    // Budget 100, 25% -> 80 available; explicit 50 + 40 = 90 > 80.
    BudgetPlan plan =
        planner.plan(
            List.of(scene(0, 10, 3, 50.0), scene(1, 10, 3, 40.0), scene(2, 10, 3)),
            100.0,
            BUDGET_ENTRY,
            25);
    Finding finding = plan.findings().get(0);
    assertEquals(FindingCode.SCENE_BUDGETS_EXCEED_FILM, finding.code());
    assertEquals(BUDGET_ENTRY, finding.range());
    assertEquals(2, finding.related().size());
    assertEquals(SourceRange.of(2, 0, 2, 16), finding.related().get(0).range());
    // Nothing is left for scene 2.
    assertEquals(0.0, plan.scenes().get(2).allocation(), 1e-9);
    assertEquals(SceneStatus.OVER, plan.scenes().get(2).status());
  }

  @Test
  void anOverrunOfLessThanHalfACentIsNotWorthAWarning() {
    // Its own budget 10.00, cost 10.004: 0.004 over prints as $0.00 -> fits; 10.005 is over.
    BudgetPlan plan =
        planner.plan(List.of(scene(0, 10.004, 3, 10.0), scene(1, 10.005, 3, 10.0)), null, null, 0);
    assertEquals(SceneStatus.FITS, plan.scenes().get(0).status());
    assertEquals(0.0, plan.scenes().get(0).overBy(), 0);
    assertEquals(SceneStatus.OVER, plan.scenes().get(1).status());
  }

  @Test
  void withoutABudgetScenesAreUnbudgetedUnlessTheyHaveTheirOwn() {
    BudgetPlan plan = planner.plan(List.of(scene(0, 10, 3), scene(1, 10, 3, 5.0)), null, null, 25);
    assertNull(plan.scenes().get(0).allocation());
    assertEquals(SceneStatus.UNBUDGETED, plan.scenes().get(0).status());
    assertEquals(SceneStatus.OVER, plan.scenes().get(1).status());
    assertEquals(5.0, plan.scenes().get(1).overBy(), 1e-9);
    assertNull(plan.exhaustedAtScene());
  }

  @Test
  void whenNoCheaperTierFitsTheMessageSaysSo() {
    // Budget 30, no contingency; weights 50 x 1 and 50 x 5 -> scene 0 gets 30 x 50/300 = 5;
    // background (50 / 5 = 10) does not fit either.
    BudgetPlan plan =
        planner.plan(List.of(scene(0, 50, 1), scene(1, 50, 5)), 30.0, BUDGET_ENTRY, 0);
    Finding over =
        plan.findings().stream()
            .filter(f -> f.code() == FindingCode.SCENE_OVER_ALLOCATION && f.sceneIndex() == 0)
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(), over.suggestions());
    assertTrue(
        over.message().contains("Even \"background\" ($10.00) would not fit"), over.message());
  }

  @Test
  void onlyTheSceneOverItsShareIsFlagged() {
    List<PlanScene> scenes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      scenes.add(scene(i, 10, i == 0 ? 1 : 5));
    }
    // Weights 10 x 1 and three of 10 x 5 = 160. Budget 40: scene 0 gets 40 x 10/160 = 2.5
    // (over by 7.5); the others 40 x 50/160 = 12.5 each, which fits their 10.
    BudgetPlan plan = planner.plan(scenes, 40.0, BUDGET_ENTRY, 0);
    assertEquals(List.of(FindingCode.SCENE_OVER_ALLOCATION), codes(plan));
    assertEquals(7.5, plan.scenes().get(0).overBy(), 1e-9);
  }
}
