package dev.scenecost.budget;

import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.Tier;
import dev.scenecost.budget.estimate.CostModel;
import dev.scenecost.budget.estimate.OpeningCheck;
import dev.scenecost.budget.estimate.PricingMemo;
import dev.scenecost.budget.estimate.RetiredModels;
import dev.scenecost.budget.estimate.SceneAnalysis;
import dev.scenecost.budget.estimate.SceneAnalyzer;
import dev.scenecost.budget.estimate.SceneMemo;
import dev.scenecost.budget.estimate.ScenePricing;
import dev.scenecost.budget.estimate.SpeakerMemo;
import dev.scenecost.budget.estimate.TitleSettings;
import dev.scenecost.budget.estimate.TokenCounter;
import dev.scenecost.budget.plan.BudgetPlan;
import dev.scenecost.budget.plan.BudgetPlanner;
import dev.scenecost.budget.plan.PlanScene;
import dev.scenecost.budget.plan.ScenePlan;
import dev.scenecost.budget.plan.TierConsistency;
import dev.scenecost.budget.result.Cost;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.ModalityCosts;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.SceneNote;
import dev.scenecost.budget.result.TierQuote;
import dev.scenecost.budget.result.TierSource;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Screenplay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** One estimate of one screenplay: analysis, pricing at every tier, plan, summaries. */
final class FilmEstimator {
  private final Screenplay screenplay;
  private final ProjectConfig config;
  private final TokenCounter tokens;
  private final SceneMemo<SceneAnalysis> memo;
  private final PricingMemo.Pricer pricer;
  private final SpeakerMemo speakerMemo;
  private final Object lineage;
  private final LocalDate today;

  /** Problems with each scene's notes, by scene index. */
  private final List<List<Finding>> noteFindings = new ArrayList<>();

  FilmEstimator(
      Screenplay screenplay,
      ProjectConfig config,
      TokenCounter tokens,
      SceneMemo<SceneAnalysis> memo,
      PricingMemo.Pricer pricer,
      SpeakerMemo speakerMemo,
      Object lineage,
      LocalDate today) {
    this.screenplay = screenplay;
    this.config = config;
    this.tokens = tokens;
    this.memo = memo;
    this.pricer = pricer;
    this.speakerMemo = speakerMemo;
    this.lineage = lineage;
    this.today = today;
  }

  FilmEstimate estimate() {
    Set<String> speakers = speakerMemo.speakers(lineage, screenplay.scenes());
    SceneAnalyzer analyzer = new SceneAnalyzer(config, tokens, speakers);
    List<Scene> scenes = screenplay.scenes();
    Function<Scene, SceneMemo.Analysed<SceneAnalysis>> analyze =
        memo.forEstimate(lineage, scenes, config, speakers, analyzer::analyze);
    CostModel costs = new CostModel(config);
    TitleSettings title = TitleSettings.read(screenplay, config);

    List<Map<String, ModalityCosts>> pricings = new ArrayList<>(scenes.size());
    List<ScenePricing> owns = new ArrayList<>(scenes.size());
    List<PlanScene> planScenes = new ArrayList<>(scenes.size());
    Set<String> cachedCharacters = new HashSet<>();
    Set<String> cachedLocations = new HashSet<>();
    boolean numbered = scenes.stream().anyMatch(s -> s.heading().sceneNumber() != null);
    // Analyses are independent of one another (tokenizing is most of a first estimate's time),
    // so they run in parallel; pricing needs the scenes in order for the cache.
    List<SceneMemo.Analysed<SceneAnalysis>> analyses =
        scenes.parallelStream().map(analyze).toList();
    for (int position = 0; position < scenes.size(); position++) {
      Scene scene = scenes.get(position);
      SceneAnalysis analysis = analyses.get(position).analysis();
      String tier = tierOf(analysis, config);
      noteFindings.add(atScene(analysis.notes().findings(), scene.index()));
      PricingMemo.Pricer.ScenePricer priced =
          pricer.scene(
              costs, scene.index(), analyses.get(position), cachedCharacters, cachedLocations);
      ScenePricing own = null;
      Map<String, ModalityCosts> byTier = new LinkedHashMap<>();
      Map<String, Double> costByTier = new LinkedHashMap<>();
      for (Tier candidate : config.tiers().values()) {
        ModalityCosts parts;
        if (candidate.name().equals(tier)) {
          own = priced.price(candidate);
          parts = own.modalities();
        } else {
          parts = priced.quote(candidate);
        }
        byTier.put(candidate.name(), parts);
        costByTier.put(candidate.name(), parts.total().amount());
      }
      owns.add(own);
      analysis.onScreenCharacters().forEach(c -> cachedCharacters.add(c.name()));
      cachedLocations.add(analysis.location());
      pricings.add(byTier);
      planScenes.add(
          new PlanScene(
              scene.index(),
              label(scene, numbered),
              scene.heading().range(),
              tier,
              costByTier.get(tier),
              costByTier,
              analysis.notes().budget(),
              analysis.notes().notes().stream()
                  .filter(n -> n.key().equals(SceneNote.BUDGET))
                  .map(SceneNote::range)
                  .findFirst()
                  .orElse(null),
              analysis.notes().importance() == null ? 3 : analysis.notes().importance()));
    }

    BudgetPlan plan =
        new BudgetPlanner(config.currencySymbol(), config.defaultTier())
            .plan(planScenes, title.budget(), title.budgetRange(), title.contingencyPercent());
    List<SceneEstimate> estimates = new ArrayList<>(scenes.size());
    for (int i = 0; i < scenes.size(); i++) {
      estimates.add(
          sceneEstimate(
              scenes.get(i),
              analyses.get(i).analysis(),
              owns.get(i),
              pricings.get(i),
              planScenes.get(i),
              plan.scenes().get(i)));
    }
    return film(title, estimates, plan);
  }

  private SceneEstimate sceneEstimate(
      Scene scene,
      SceneAnalysis analysis,
      ScenePricing own,
      Map<String, ModalityCosts> byTier,
      PlanScene planScene,
      ScenePlan plan) {
    List<TierQuote> quotes = new ArrayList<>();
    for (Map.Entry<String, ModalityCosts> pricing : byTier.entrySet()) {
      Cost cost = pricing.getValue().total();
      quotes.add(
          new TierQuote(
              pricing.getKey(),
              pricing.getValue(),
              cost,
              plan.allocation() != null && cost.amount() <= plan.allocation() + 1e-9));
    }
    double ownCost = own.modalities().total().amount();
    List<TierQuote> alternatives =
        quotes.stream()
            .filter(q -> q.cost().amount() < ownCost - 1e-9)
            .sorted(Comparator.comparingDouble((TierQuote q) -> q.cost().amount()).reversed())
            .toList();
    return new SceneEstimate(
        scene.index(),
        scene.heading().sceneNumber(),
        planScene.label(),
        scene.heading().text(),
        scene.heading().range(),
        scene.range(),
        analysis.pagesEighths(),
        analysis.screenSeconds(),
        analysis.durationFromNote(),
        own.chunks(),
        own.characters(),
        own.location(),
        analysis.effects(),
        analysis.complexityFactor(),
        planScene.tier(),
        analysis.notes().tier() != null ? TierSource.NOTE : TierSource.DEFAULT,
        analysis.notes().notes(),
        own.modalities(),
        own.modalities().total(),
        own.cacheSavings(),
        analysis.notes().budget(),
        planScene.importance(),
        plan.allocation(),
        plan.status(),
        plan.overBy(),
        plan.runningCost(),
        quotes,
        alternatives);
  }

  private FilmEstimate film(TitleSettings title, List<SceneEstimate> scenes, BudgetPlan plan) {
    ModalityCosts modalities = ModalityCosts.ZERO;
    Cost savings = Cost.ZERO;
    double seconds = 0;
    int eighths = 0;
    for (SceneEstimate scene : scenes) {
      modalities = modalities.plus(scene.modalities());
      savings = savings.plus(scene.cacheSavings());
      seconds += scene.screenSeconds();
      eighths += scene.pagesEighths();
    }
    Cost cost = modalities.total();
    double contingency = cost.amount() * title.contingencyPercent() / 100;
    double withContingency = cost.amount() + contingency;
    Double budget = title.budget();
    Double used = budget == null || budget <= 0 ? null : withContingency / budget * 100;
    boolean fits = budget == null || withContingency <= budget + 1e-9;

    Summaries summaries = Summaries.of(scenes);
    List<Finding> findings = new ArrayList<>(title.findings());
    findings.addAll(OpeningCheck.check(screenplay, config.page()));
    findings.addAll(RetiredModels.check(config, today));
    findings.addAll(plan.findings());
    findings.addAll(
        TierConsistency.check(
            summaries.characters().values(),
            i -> scenes.get(i).headingRange(),
            i -> scenes.get(i).label()));
    for (SceneEstimate scene : scenes) {
      findings.addAll(noteFindings.get(scene.index()));
    }
    // Stable sort: film-wide findings first, then scene by scene, each scene's in the order found.
    findings.sort(
        Comparator.comparing((Finding f) -> f.sceneIndex() == null ? -1 : f.sceneIndex()));
    return new FilmEstimate(
        title.title(),
        config.currency(),
        config.currencySymbol(),
        config.defaultTier(),
        new ArrayList<>(config.tiers().keySet()),
        seconds,
        eighths,
        modalities,
        cost,
        title.contingencyPercent(),
        contingency,
        withContingency,
        savings,
        budget,
        title.budgetRange(),
        used,
        fits,
        plan.exhaustedAtScene(),
        scenes,
        summaries.characters(),
        summaries.locations(),
        findings);
  }

  /**
   * The findings with the scene's index: an analysis remembered from another place in the film
   * (lines or scenes were inserted above it) still carries the index it had there.
   */
  private static List<Finding> atScene(List<Finding> findings, int index) {
    List<Finding> result = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      result.add(
          f.sceneIndex() != null && f.sceneIndex() == index
              ? f
              : new Finding(
                  f.code(),
                  f.severity(),
                  f.message(),
                  index,
                  f.range(),
                  f.related(),
                  f.suggestions()));
    }
    return result;
  }

  private static String tierOf(SceneAnalysis analysis, ProjectConfig config) {
    return analysis.notes().tier() != null ? analysis.notes().tier() : config.defaultTier();
  }

  /** The scene's number; else its position, in parentheses when other scenes are numbered. */
  static String label(Scene scene, boolean filmIsNumbered) {
    String number = scene.heading().sceneNumber();
    if (number != null) {
      return number;
    }
    String position = Integer.toString(scene.index() + 1);
    return filmIsNumbered ? "(" + position + ")" : position;
  }
}
