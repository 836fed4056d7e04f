package dev.scenecost.budget.plan;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.RelatedRange;
import dev.scenecost.budget.result.SceneStatus;
import dev.scenecost.budget.result.Severity;
import dev.scenecost.jfountain.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Allocates the film's budget to its scenes and finds what does not fit.
 *
 * <p>The contingency is held back: scenes share {@code budget / (1 + contingency%)}. Scenes with
 * their own {@code [[budget:]]} get exactly that; the rest is shared by the other scenes in
 * proportion to their <em>need</em>: the scene's cost at the film's reference tier (its default
 * tier) x importance. The need does not depend on the tier the scene is at, so moving a scene to a
 * cheaper tier lowers its cost and leaves its share alone: "would fit" stays true once applied. The
 * running total is compared with the whole budget after adding the contingency to it.
 *
 * <p>A scene over its share is a warning when the film is over its budget; when the film fits, it
 * is information: the scene borrows from scenes under their share, which the finding names.
 */
public final class BudgetPlanner {
  private static final double EPSILON = 1e-9;

  /** Overruns below half a cent print as $0.00: not worth a warning. */
  private static final double HALF_CENT = 0.005;

  /** Scenes named as lenders in a borrowing finding; the rest are counted. */
  private static final int LENDERS_NAMED = 3;

  private final String symbol;
  private final String referenceTier;

  /**
   * @param referenceTier the tier whose cost measures a scene's need (the film's default tier)
   */
  public BudgetPlanner(String currencySymbol, String referenceTier) {
    this.symbol = currencySymbol;
    this.referenceTier = referenceTier;
  }

  /** What a scene needs for the allocation: its cost at the reference tier. */
  double need(PlanScene scene) {
    Double atReference = scene.costByTier().get(referenceTier);
    return atReference != null ? atReference : scene.cost();
  }

  public BudgetPlan plan(
      List<PlanScene> scenes, Double budget, SourceRange budgetRange, double contingencyPercent) {
    double factor = 1 + contingencyPercent / 100;
    List<Finding> filmFindings = new ArrayList<>();
    List<Finding> sceneFindings = new ArrayList<>();
    Double[] allocations = allocate(scenes, budget, budgetRange, factor, filmFindings);

    double total = scenes.stream().mapToDouble(PlanScene::cost).sum();
    boolean filmOver = budget != null && total * factor > budget + EPSILON;
    List<ScenePlan> plans = new ArrayList<>();
    Integer exhaustedAt = null;
    double running = 0;
    for (PlanScene scene : scenes) {
      running += scene.cost();
      Double allocation = allocations[scene.index()];
      SceneStatus status = SceneStatus.UNBUDGETED;
      double overBy = 0;
      if (allocation != null) {
        overBy = scene.cost() - allocation >= HALF_CENT ? scene.cost() - allocation : 0;
        status = overBy > 0 ? SceneStatus.OVER : SceneStatus.FITS;
      }
      if (budget != null && exhaustedAt == null && running * factor > budget + EPSILON) {
        exhaustedAt = scene.index();
        status = SceneStatus.EXHAUSTED;
        sceneFindings.add(
            finding(
                FindingCode.BUDGET_EXHAUSTED,
                Severity.ERROR,
                "The budget runs out in this scene: with "
                    + percent(contingencyPercent)
                    + " contingency, the film up to here needs "
                    + money(running * factor)
                    + " of the "
                    + money(budget)
                    + " budget.",
                scene,
                List.of()));
      }
      if (overBy > 0) {
        sceneFindings.add(
            budget != null && !filmOver
                ? borrowing(scene, allocation, overBy, scenes, allocations)
                : overAllocation(scene, allocation, overBy));
      }
      plans.add(new ScenePlan(allocation, status, overBy, running));
    }
    if (filmOver) {
      filmFindings.add(
          0,
          new Finding(
              FindingCode.FILM_OVER_BUDGET,
              Severity.ERROR,
              "The film needs "
                  + money(running * factor)
                  + " ("
                  + money(running)
                  + " plus "
                  + percent(contingencyPercent)
                  + " contingency) but the budget is "
                  + money(budget)
                  + ": "
                  + money(running * factor - budget)
                  + " over. Move scenes to cheaper tiers"
                  + " or raise the budget.",
              null,
              budgetRange,
              List.of(),
              List.of()));
    }
    List<Finding> findings = new ArrayList<>(filmFindings);
    findings.addAll(sceneFindings);
    return new BudgetPlan(plans, exhaustedAt, findings);
  }

  private Double[] allocate(
      List<PlanScene> scenes,
      Double budget,
      SourceRange budgetRange,
      double factor,
      List<Finding> findings) {
    Double[] allocations = new Double[scenes.size()];
    double explicit = 0;
    List<RelatedRange> notes = new ArrayList<>();
    for (PlanScene scene : scenes) {
      if (scene.explicitBudget() != null) {
        allocations[scene.index()] = scene.explicitBudget();
        explicit += scene.explicitBudget();
        notes.add(
            new RelatedRange(
                scene.budgetNoteRange(),
                "Scene " + scene.label() + ": " + money(scene.explicitBudget())));
      }
    }
    if (budget == null) {
      return allocations;
    }
    double available = budget / factor;
    if (explicit > available + EPSILON) {
      findings.add(
          new Finding(
              FindingCode.SCENE_BUDGETS_EXCEED_FILM,
              Severity.WARNING,
              "The scenes' own budgets add up to "
                  + money(explicit)
                  + ", more than the "
                  + money(available)
                  + " the film has for generation ("
                  + money(budget)
                  + " less "
                  + "the contingency). Lower them or raise the film's budget; the other scenes get"
                  + " nothing.",
              null,
              budgetRange,
              notes,
              List.of()));
    }
    double remaining = Math.max(0, available - explicit);
    double weights = 0;
    int shared = 0;
    for (PlanScene scene : scenes) {
      if (scene.explicitBudget() == null) {
        weights += need(scene) * scene.importance();
        shared++;
      }
    }
    for (PlanScene scene : scenes) {
      if (scene.explicitBudget() == null) {
        allocations[scene.index()] =
            weights > 0
                ? remaining * need(scene) * scene.importance() / weights
                : remaining / shared;
      }
    }
    return allocations;
  }

  private Finding overAllocation(PlanScene scene, double allocation, double overBy) {
    List<String> fitting = fittingTiers(scene, allocation);
    return finding(
        FindingCode.SCENE_OVER_ALLOCATION,
        Severity.WARNING,
        "This scene needs "
            + money(scene.cost())
            + " at \""
            + scene.tier()
            + "\" but its share"
            + " of the budget is "
            + money(allocation)
            + " ("
            + money(overBy)
            + " over)."
            + advice(scene, fitting),
        scene,
        fitting);
  }

  /**
   * A scene over its share while the film fits: the money comes from scenes under theirs. Named are
   * the scenes with the most to spare, in order of the screenplay.
   */
  private Finding borrowing(
      PlanScene scene,
      double allocation,
      double overBy,
      List<PlanScene> scenes,
      Double[] allocations) {
    List<PlanScene> lenders = new ArrayList<>();
    for (PlanScene other : scenes) {
      Double share = allocations[other.index()];
      if (other != scene && share != null && share - other.cost() >= HALF_CENT) {
        lenders.add(other);
      }
    }
    lenders.sort(
        (a, b) ->
            Double.compare(allocations[b.index()] - b.cost(), allocations[a.index()] - a.cost()));
    List<PlanScene> named =
        new ArrayList<>(lenders.subList(0, Math.min(LENDERS_NAMED, lenders.size())));
    named.sort(java.util.Comparator.comparingInt(PlanScene::index));
    List<String> parts = new ArrayList<>();
    List<RelatedRange> related = new ArrayList<>();
    for (PlanScene lender : named) {
      double spare = allocations[lender.index()] - lender.cost();
      parts.add("scene " + lender.label() + " (" + money(spare) + " to spare)");
      related.add(
          new RelatedRange(
              lender.headingRange(),
              "Scene " + lender.label() + " is " + money(spare) + " under its share"));
    }
    int others = lenders.size() - named.size();
    String from =
        String.join(", ", parts)
            + (others == 0 ? "" : " and " + others + (others == 1 ? " other" : " others"));
    List<String> fitting = fittingTiers(scene, allocation);
    return new Finding(
        FindingCode.SCENE_OVER_ALLOCATION,
        Severity.INFORMATION,
        "This scene needs "
            + money(scene.cost())
            + " at \""
            + scene.tier()
            + "\", "
            + money(overBy)
            + " more than its "
            + money(allocation)
            + " share of the budget. The film still fits: the scene borrows from scenes under"
            + " their share"
            + (parts.isEmpty() ? "" : ", " + from)
            + "."
            + advice(scene, fitting),
        scene.index(),
        scene.headingRange(),
        related,
        fitting);
  }

  /** Tiers cheaper than the scene's own whose cost fits the share, most expensive first. */
  private static List<String> fittingTiers(PlanScene scene, double allocation) {
    List<String> fitting = new ArrayList<>();
    for (Map.Entry<String, Double> quote : scene.costByTier().entrySet()) {
      if (quote.getValue() < scene.cost() - EPSILON && quote.getValue() <= allocation + EPSILON) {
        fitting.add(quote.getKey());
      }
    }
    fitting.sort((a, b) -> Double.compare(scene.costByTier().get(b), scene.costByTier().get(a)));
    return fitting;
  }

  private String advice(PlanScene scene, List<String> fitting) {
    String cheapest = null;
    double cheapestCost = Double.MAX_VALUE;
    for (Map.Entry<String, Double> quote : scene.costByTier().entrySet()) {
      if (quote.getValue() < cheapestCost) {
        cheapestCost = quote.getValue();
        cheapest = quote.getKey();
      }
    }
    String advice;
    if (!fitting.isEmpty()) {
      String best = fitting.get(0);
      advice =
          " Switching to \""
              + best
              + "\" ("
              + money(scene.costByTier().get(best))
              + ") would fit its share.";
    } else if (cheapest != null && !cheapest.equals(scene.tier())) {
      advice =
          " Even \""
              + cheapest
              + "\" ("
              + money(cheapestCost)
              + ") would not fit: raise"
              + " its budget, give it more importance, or shorten it.";
    } else {
      advice = " Raise its budget, give it more importance, or shorten it.";
    }
    return advice;
  }

  private static Finding finding(
      FindingCode code,
      Severity severity,
      String message,
      PlanScene scene,
      List<String> suggestions) {
    return new Finding(
        code, severity, message, scene.index(), scene.headingRange(), List.of(), suggestions);
  }

  private String money(double amount) {
    return Amounts.money(amount, symbol);
  }

  private static String percent(double value) {
    return value == Math.rint(value) ? (long) value + "%" : value + "%";
  }
}
