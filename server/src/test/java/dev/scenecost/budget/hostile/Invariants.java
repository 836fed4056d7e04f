package dev.scenecost.budget.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.SettingRanges;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.jfountain.FountainParser;
import java.time.Duration;

/**
 * What must hold for any input, however hostile: the estimate returns within a generous bound,
 * never throws, and every figure is finite and non-negative. Shared by the seeded generators and
 * the coverage-guided fuzz tests.
 */
final class Invariants {
  /** Generous: a small film estimates in milliseconds; a hang or a blow-up never returns. */
  static final Duration GENEROUS = Duration.ofSeconds(30);

  private static final BudgetEngine ENGINE = new BudgetEngine();

  private Invariants() {}

  static FilmEstimate estimate(String fountain, ProjectConfig config) {
    FilmEstimate film =
        assertTimeoutPreemptively(
            GENEROUS, () -> ENGINE.estimate(FountainParser.parse(fountain), config));
    check(film);
    return film;
  }

  static void check(FilmEstimate film) {
    sane("screen time", film.screenSeconds());
    sane("cost", film.cost().amount());
    sane("contingency", film.contingency());
    sane("cost with contingency", film.costWithContingency());
    assertTrue(film.cost().tokens() >= 0, "tokens " + film.cost().tokens());
    assertTrue(
        film.contingencyPercent() >= 0
            && film.contingencyPercent() <= SettingRanges.MAX_CONTINGENCY_PERCENT,
        "contingency " + film.contingencyPercent());
    if (film.budget() != null) {
      assertTrue(
          film.budget() >= 0 && film.budget() <= SettingRanges.MAX_MONEY,
          "budget " + film.budget());
    }
    for (SceneEstimate scene : film.scenes()) {
      sane("scene " + scene.index() + " cost", scene.cost().amount());
      sane("scene " + scene.index() + " screen time", scene.screenSeconds());
      if (scene.explicitBudget() != null) {
        assertTrue(scene.explicitBudget() <= SettingRanges.MAX_MONEY, "scene budget");
      }
      if (scene.durationFromNote()) {
        assertTrue(scene.screenSeconds() <= SettingRanges.MAX_SCENE_SECONDS, "scene duration");
      }
    }
  }

  private static void sane(String what, double value) {
    assertTrue(Double.isFinite(value) && value >= 0, what + " is " + value);
  }
}
