package dev.scenecost.budget.fit;

import dev.scenecost.budget.config.FitSettings;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.CharacterSummary;
import dev.scenecost.budget.result.FilmEstimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a plan trades for what, in sentences for a line producer. */
final class Tradeoffs {
  private Tradeoffs() {}

  static List<String> of(
      FilmEstimate film,
      List<FitPlan.SceneChoice> choices,
      List<CharacterSummary> principals,
      double withContingency,
      FitSolver.Result result,
      FitSettings settings) {
    String symbol = film.currencySymbol();
    List<String> sentences = new ArrayList<>();
    double now = film.costWithContingency();
    sentences.add(
        "The plan needs "
            + Amounts.money(withContingency, symbol)
            + " with "
            + percent(film.contingencyPercent())
            + " contingency, within the "
            + Amounts.money(film.budget(), symbol)
            + " budget ("
            + Amounts.money(film.budget() - withContingency, symbol)
            + " to spare); the screenplay as written needs "
            + Amounts.money(now, symbol)
            + ".");
    // Changes grouped by move, downgrades (money saved) first, then upgrades.
    Map<String, List<FitPlan.SceneChoice>> moves = new LinkedHashMap<>();
    for (FitPlan.SceneChoice choice : choices) {
      if (choice.changed()) {
        moves
            .computeIfAbsent(choice.fromTier() + "\u0000" + choice.toTier(), k -> new ArrayList<>())
            .add(choice);
      }
    }
    List<String> savings = new ArrayList<>();
    List<String> upgrades = new ArrayList<>();
    for (List<FitPlan.SceneChoice> group : moves.values()) {
      double before = 0;
      double after = 0;
      for (FitPlan.SceneChoice choice : group) {
        before += film.scenes().get(choice.index()).cost().amount();
        after += choice.cost();
      }
      FitPlan.SceneChoice first = group.get(0);
      String who =
          (group.size() == 1 ? "Scene " : "Scenes ")
              + labels(group)
              + (group.size() == 1 ? " goes" : " go")
              + " from \""
              + first.fromTier()
              + "\" to \""
              + first.toTier()
              + "\"";
      if (after <= before) {
        savings.add(who + ": saves " + Amounts.money(before - after, symbol) + ".");
      } else {
        upgrades.add(
            who + ": " + Amounts.money(after - before, symbol) + " more, which the budget allows.");
      }
    }
    sentences.addAll(savings);
    sentences.addAll(upgrades);
    if (moves.isEmpty()) {
      sentences.add("Every scene keeps its tier: no other plan within the budget is better.");
    }
    long locked = choices.stream().filter(FitPlan.SceneChoice::locked).count();
    if (locked > 0) {
      sentences.add(
          locked
              + (locked == 1
                  ? " scene keeps its locked tier."
                  : " scenes keep their locked tier."));
    }
    for (CharacterSummary character : principals) {
      Set<String> tiers = new LinkedHashSet<>();
      Set<Integer> scenes = FilmFitter.onScreenScenes(character);
      for (int scene : scenes) {
        tiers.add(choices.get(scene).toTier());
      }
      if (tiers.size() == 1) {
        sentences.add(
            character.name()
                + " is generated at one tier, \""
                + tiers.iterator().next()
                + "\", in all "
                + scenes.size()
                + " scenes the character is seen in.");
      } else {
        sentences.add(
            character.name()
                + " is generated at "
                + quoted(tiers)
                + ": the look may drift between models."
                + (result.optimal()
                    ? " Holding one tier would lose more quality in important scenes than"
                        + " consistency is weighted at ("
                        + settings.consistencyPenalty()
                        + " points)."
                    : ""));
      }
    }
    if (!result.optimal()) {
      sentences.add(
          "The search stopped after "
              + result.nodes()
              + " plans: the best possible plan scores at most "
              + (result.bound() - result.score())
              + " points more than this one.");
    }
    return sentences;
  }

  private static String labels(List<FitPlan.SceneChoice> group) {
    List<String> labels = group.stream().map(FitPlan.SceneChoice::label).toList();
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " and "
        + labels.get(labels.size() - 1);
  }

  private static String quoted(Set<String> tiers) {
    List<String> names = tiers.stream().map(t -> "\"" + t + "\"").toList();
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  static String percent(double value) {
    return value == Math.rint(value) ? (long) value + "%" : value + "%";
  }
}
