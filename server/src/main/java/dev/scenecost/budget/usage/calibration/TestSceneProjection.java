package dev.scenecost.budget.usage.calibration;

import dev.scenecost.budget.usage.ledger.SceneRef;

/**
 * The classic line-producer method from one finished test scene: what it cost per minute of screen
 * time, times the film's screen minutes, plus contingency.
 *
 * @param scene the test scene
 * @param sceneCost what the ledger says the test scene cost
 * @param sceneSeconds its screen time
 * @param filmSeconds the whole film's screen time
 * @param contingencyPercent the film's contingency (25 = 25%)
 * @param rawFilmEstimate the engine's estimate of the film, before contingency, for comparison
 */
public record TestSceneProjection(
    SceneRef scene,
    double sceneCost,
    double sceneSeconds,
    double filmSeconds,
    double contingencyPercent,
    double rawFilmEstimate) {

  /** sceneCost ÷ (sceneSeconds ÷ 60); 0 when the scene has no screen time. */
  public double costPerScreenMinute() {
    return sceneSeconds > 0 ? sceneCost / (sceneSeconds / 60) : 0;
  }

  /** costPerScreenMinute × film minutes. */
  public double filmCost() {
    return costPerScreenMinute() * filmSeconds / 60;
  }

  /** filmCost × contingency percent ÷ 100. */
  public double contingency() {
    return filmCost() * contingencyPercent / 100;
  }

  /** filmCost + contingency: the projection to put in the budget. */
  public double projection() {
    return filmCost() + contingency();
  }
}
