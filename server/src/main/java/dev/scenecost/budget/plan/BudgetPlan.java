package dev.scenecost.budget.plan;

import dev.scenecost.budget.result.Finding;
import java.util.List;

/**
 * The film's budget plan.
 *
 * @param scenes one plan per scene, in order
 * @param exhaustedAtScene where the running total with contingency first exceeds the budget
 * @param findings film and scene findings of the plan, film-wide first
 */
public record BudgetPlan(
    List<ScenePlan> scenes, Integer exhaustedAtScene, List<Finding> findings) {}
