package dev.scenecost.budget.plan;

import dev.scenecost.jfountain.SourceRange;
import java.util.Map;

/**
 * What the planner needs to know about a scene.
 *
 * @param index scene index
 * @param label how messages name the scene: its number, else its position from 1
 * @param headingRange the heading, where scene findings go
 * @param tier the scene's tier
 * @param cost the scene's estimate at its tier, before contingency
 * @param costByTier the scene's estimate at every tier, in tier order
 * @param explicitBudget the scene's own budget note, or null
 * @param budgetNoteRange where that note is, or null
 * @param importance 1 to 5
 */
public record PlanScene(
    int index,
    String label,
    SourceRange headingRange,
    String tier,
    double cost,
    Map<String, Double> costByTier,
    Double explicitBudget,
    SourceRange budgetNoteRange,
    int importance) {}
