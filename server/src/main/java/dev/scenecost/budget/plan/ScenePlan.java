package dev.scenecost.budget.plan;

import dev.scenecost.budget.result.SceneStatus;

/** A scene's place in the budget: allocation, status, overrun and running total. */
public record ScenePlan(Double allocation, SceneStatus status, double overBy, double runningCost) {}
