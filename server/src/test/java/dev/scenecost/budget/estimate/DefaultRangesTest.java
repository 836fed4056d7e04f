package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import org.junit.jupiter.api.Test;

/**
 * The built-in tiers land where published AI productions land (docs/estimation.md, "How the
 * defaults compare"): per finished minute before contingency, hero $600–2,000, standard $120–400,
 * background between previz and standard, previz $3–30, and hero at least 3x standard at least 3x
 * previz. Loose on purpose: prices move; the ranges are what a writer may believe. The fixture is a
 * 17-minute film of our own (48 scenes, five recurring characters, dialogue, scenery, action and a
 * few crowds, stunts, fire and storms).
 */
class DefaultRangesTest {
  private static final Screenplay FILM =
      FountainParser.parse(TestConfigs.resource("/budget/long-film.fountain"));

  private static double perMinute(String tier) {
    FilmEstimate film =
        new BudgetEngine().estimate(FILM, ConfigLoader.defaults().withDefaultTier(tier));
    return film.cost().amount() / (film.screenSeconds() / 60);
  }

  @Test
  void everyBuiltInTierCostsWhatPublishedProductionsSpendAMinute() {
    double hero = perMinute("hero");
    double standard = perMinute("standard");
    double background = perMinute("background");
    double previz = perMinute("previz");
    String all =
        "hero "
            + hero
            + ", standard "
            + standard
            + ", background "
            + background
            + ", previz "
            + previz;
    assertTrue(hero >= 600 && hero <= 2_000, all);
    assertTrue(standard >= 120 && standard <= 400, all);
    assertTrue(previz >= 3 && previz <= 30, all);
    assertTrue(background > previz && background < standard, all);
    assertTrue(hero >= 3 * standard && standard >= 3 * previz, all);
  }
}
