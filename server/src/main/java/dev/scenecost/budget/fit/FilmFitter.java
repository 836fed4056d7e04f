package dev.scenecost.budget.fit;

import dev.scenecost.budget.config.FitSettings;
import dev.scenecost.budget.edit.SceneNoteEdits;
import dev.scenecost.budget.edit.TextChange;
import dev.scenecost.budget.estimate.SceneNotes;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.Appearance;
import dev.scenecost.budget.result.CharacterSummary;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.SceneNote;
import dev.scenecost.budget.result.TierQuote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Fits a film to its budget (docs/estimation.md, "Fitting the film to its budget"): a tier per
 * scene that keeps the cost with contingency within the budget and maximises Σ importance × the
 * tier's quality, less a penalty for every principal character generated at more than one tier.
 * Locked tiers ({@code [[tier: hero, locked]]}) are kept. Scenes' own {@code [[budget:]]} notes are
 * not constraints: the plan answers for the film's total.
 */
public final class FilmFitter {
  /**
   * A plan "fits" when its cost with contingency is at least this far under the budget, so that the
   * estimate of the rewritten screenplay (the same sums, added in another order) fits too.
   */
  static final double TOLERANCE = 1e-6;

  /** Scenes named when even the cheapest plan is over. */
  private static final int COSTLIEST_NAMED = 5;

  private FilmFitter() {}

  /** The plan for a film that has a budget. */
  public static FitPlan fit(FilmEstimate film, FitSettings settings) {
    if (film.budget() == null) {
      throw new IllegalArgumentException("The film has no budget to fit");
    }
    double budget = film.budget();
    double factor = 1 + film.contingencyPercent() / 100;
    List<String> tiers = film.tierNames();
    List<SceneEstimate> scenes = film.scenes();
    int n = scenes.size();
    double[][] cost = new double[n][tiers.size()];
    int[][] value = new int[n][tiers.size()];
    boolean[][] allowed = new boolean[n][tiers.size()];
    boolean[] locked = new boolean[n];
    for (int i = 0; i < n; i++) {
      SceneEstimate scene = scenes.get(i);
      locked[i] = locked(scene);
      for (int t = 0; t < tiers.size(); t++) {
        String tier = tiers.get(t);
        TierQuote quote = scene.quote(tier).orElse(null);
        cost[i][t] = quote == null ? Double.MAX_VALUE / 4 : quote.cost().amount();
        value[i][t] = scene.importance() * settings.qualityOf(tier);
        allowed[i][t] = quote != null && (!locked[i] || tier.equals(scene.tier()));
      }
    }
    List<CharacterSummary> principals = principals(film, settings.principalCharacters());
    int[][] principalScenes = new int[principals.size()][];
    for (int k = 0; k < principals.size(); k++) {
      principalScenes[k] = onScreenScenes(principals.get(k)).stream().mapToInt(i -> i).toArray();
    }
    FitSolver solver =
        new FitSolver(
            cost,
            value,
            allowed,
            principalScenes,
            settings.consistencyPenalty(),
            c -> c * factor <= budget - TOLERANCE);
    FitSolver.Result result = solver.solve();
    List<String> principalNames = principals.stream().map(CharacterSummary::name).toList();
    if (result.tiers() == null) {
      return cheapestPlan(film, tiers, cost, allowed, locked, principalNames);
    }
    List<FitPlan.SceneChoice> choices = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < n; i++) {
      SceneEstimate scene = scenes.get(i);
      int t = result.tiers()[i];
      total += cost[i][t];
      choices.add(
          new FitPlan.SceneChoice(
              i,
              scene.label(),
              scene.heading(),
              scene.tier(),
              tiers.get(t),
              cost[i][t],
              locked[i]));
    }
    List<String> tradeoffs =
        Tradeoffs.of(film, choices, principals, total * factor, result, settings);
    return new FitPlan(
        true,
        budget,
        film.contingencyPercent(),
        total,
        total * factor,
        choices,
        tradeoffs,
        principalNames,
        result.optimal());
  }

  /** Even the cheapest plan is over: that plan, by how much, and the scenes that cost most. */
  private static FitPlan cheapestPlan(
      FilmEstimate film,
      List<String> tiers,
      double[][] cost,
      boolean[][] allowed,
      boolean[] locked,
      List<String> principalNames) {
    double factor = 1 + film.contingencyPercent() / 100;
    List<FitPlan.SceneChoice> choices = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < cost.length; i++) {
      int cheapest = -1;
      for (int t = 0; t < tiers.size(); t++) {
        if (allowed[i][t] && (cheapest < 0 || cost[i][t] < cost[i][cheapest])) {
          cheapest = t;
        }
      }
      SceneEstimate scene = film.scenes().get(i);
      total += cost[i][cheapest];
      choices.add(
          new FitPlan.SceneChoice(
              i,
              scene.label(),
              scene.heading(),
              scene.tier(),
              tiers.get(cheapest),
              cost[i][cheapest],
              locked[i]));
    }
    String symbol = film.currencySymbol();
    List<FitPlan.SceneChoice> costliest = new ArrayList<>(choices);
    costliest.sort(Comparator.comparingDouble(FitPlan.SceneChoice::cost).reversed());
    List<String> named = new ArrayList<>();
    for (FitPlan.SceneChoice choice :
        costliest.subList(0, Math.min(COSTLIEST_NAMED, costliest.size()))) {
      named.add(
          "scene "
              + choice.label()
              + " ("
              + Amounts.money(choice.cost(), symbol)
              + " at \""
              + choice.toTier()
              + "\""
              + (choice.locked() ? ", locked" : "")
              + ")");
    }
    List<String> tradeoffs = new ArrayList<>();
    tradeoffs.add(
        "Even with every scene at its cheapest tier the film needs "
            + Amounts.money(total * factor, symbol)
            + " with "
            + Tradeoffs.percent(film.contingencyPercent())
            + " contingency: "
            + Amounts.money(total * factor - film.budget(), symbol)
            + " over the "
            + Amounts.money(film.budget(), symbol)
            + " budget.");
    if (!named.isEmpty()) {
      tradeoffs.add(
          "The scenes that cost most even so: "
              + String.join(", ", named)
              + ". Cut or shorten them, "
              + (anyLocked(locked) ? "unlock a locked tier, " : "")
              + "or raise the budget.");
    }
    return new FitPlan(
        false,
        film.budget(),
        film.contingencyPercent(),
        total,
        total * factor,
        choices,
        tradeoffs,
        principalNames,
        true);
  }

  private static boolean anyLocked(boolean[] locked) {
    for (boolean one : locked) {
      if (one) {
        return true;
      }
    }
    return false;
  }

  /** The edits that give every scene its planned tier: a tier note added or its value replaced. */
  public static List<TextChange> edits(
      FilmEstimate film, FitPlan plan, IntFunction<String> lineText) {
    List<TextChange> changes = new ArrayList<>();
    for (FitPlan.SceneChoice choice : plan.changes()) {
      SceneEstimate scene = film.scenes().get(choice.index());
      changes.add(SceneNoteEdits.set(scene, SceneNote.TIER, choice.toTier(), lineText));
    }
    return changes;
  }

  /** True when the scene's tier comes from a note written {@code [[tier: x, locked]]}. */
  static boolean locked(SceneEstimate scene) {
    return scene.notes().stream()
        .filter(n -> n.key().equals(SceneNote.TIER) && n.valid())
        .findFirst()
        .map(n -> SceneNotes.TierValue.of(n.value()).locked())
        .orElse(false);
  }

  /**
   * The principal characters: those seen on screen in at least two scenes, the {@code count} with
   * the most on-screen time (the screen time of the scenes they are seen in), ties by name.
   */
  static List<CharacterSummary> principals(FilmEstimate film, int count) {
    Map<CharacterSummary, Double> seconds = new LinkedHashMap<>();
    for (CharacterSummary character : film.characters().values()) {
      Set<Integer> seen = onScreenScenes(character);
      if (seen.size() < 2) {
        continue;
      }
      double total = 0;
      for (int scene : seen) {
        total += film.scenes().get(scene).screenSeconds();
      }
      seconds.put(character, total);
    }
    return seconds.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<CharacterSummary, Double> e) -> -e.getValue())
                .thenComparing(e -> e.getKey().name()))
        .limit(count)
        .map(Map.Entry::getKey)
        .toList();
  }

  static Set<Integer> onScreenScenes(CharacterSummary character) {
    Set<Integer> scenes = new LinkedHashSet<>();
    for (Appearance appearance : character.appearances()) {
      if (appearance.onScreen()) {
        scenes.add(appearance.sceneIndex());
      }
    }
    return scenes;
  }
}
