package dev.scenecost.budget.report;

import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.result.Cost;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Modality;
import dev.scenecost.budget.result.ModalityCosts;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.usage.UsageAnalysis;
import dev.scenecost.budget.usage.UsageWording;
import dev.scenecost.budget.usage.forecast.Forecast;
import dev.scenecost.budget.usage.forecast.SceneForecast;
import dev.scenecost.budget.usage.ledger.SceneRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The budget report, built once per analysis: every figure of the film and of each scene as a
 * number and as the text every face shows (code lens, inlay hint, hover, outline, the CLI's table,
 * JSON, CSV and Markdown, the editor's budget view and status bar). Renderers lay these figures
 * out; none formats a number of its own.
 */
public final class BudgetReport {
  private final FilmEstimate estimate;
  private final List<ConfigProblem> problems;
  private final UsageAnalysis usage;
  private final FilmFigures film;
  private final List<SceneFigures> scenes;
  private final ForecastFigures forecast;

  private BudgetReport(
      FilmEstimate estimate,
      List<ConfigProblem> problems,
      UsageAnalysis usage,
      FilmFigures film,
      List<SceneFigures> scenes,
      ForecastFigures forecast) {
    this.estimate = estimate;
    this.problems = List.copyOf(problems);
    this.usage = usage;
    this.film = film;
    this.scenes = List.copyOf(scenes);
    this.forecast = forecast;
  }

  /**
   * @param usage the ledger's analysis, or null when the screenplay has no ledger
   */
  public static BudgetReport of(
      FilmEstimate estimate, List<ConfigProblem> problems, UsageAnalysis usage) {
    String symbol = estimate.currencySymbol();
    UsageWording words = usage == null ? null : new UsageWording(symbol);
    List<SceneFigures> scenes = new ArrayList<>(estimate.scenes().size());
    for (SceneEstimate scene : estimate.scenes()) {
      scenes.add(scene(scene, symbol, usage, words));
    }
    ForecastFigures forecast = usage == null ? null : forecast(usage, words, symbol);
    return new BudgetReport(
        estimate, problems, usage, film(estimate, symbol, forecast), scenes, forecast);
  }

  /**
   * The film's figures alone, the status bar's line among them, exactly as {@link #of} makes them
   * but without a figure for each scene: what the editor is sent after every analysis.
   *
   * @param usage the ledger's analysis, or null when the screenplay has no ledger
   */
  public static FilmFigures filmOf(FilmEstimate estimate, UsageAnalysis usage) {
    String symbol = estimate.currencySymbol();
    ForecastFigures forecast =
        usage == null ? null : forecast(usage, new UsageWording(symbol), symbol);
    return film(estimate, symbol, forecast);
  }

  public FilmEstimate estimate() {
    return estimate;
  }

  /** Problems of the settings file the estimate was made with. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  public Optional<UsageAnalysis> usage() {
    return Optional.ofNullable(usage);
  }

  public String currency() {
    return estimate.currency();
  }

  public String currencySymbol() {
    return estimate.currencySymbol();
  }

  public FilmFigures film() {
    return film;
  }

  public List<SceneFigures> scenes() {
    return scenes;
  }

  public Optional<SceneFigures> scene(int index) {
    return index < 0 || index >= scenes.size() ? Optional.empty() : Optional.of(scenes.get(index));
  }

  /** The forecast, when the screenplay has a ledger. */
  public Optional<ForecastFigures> forecast() {
    return Optional.ofNullable(forecast);
  }

  /** The report as {@code scenecost report --format F} prints it (with the usage when known). */
  public String render(ReportFormat format) {
    return format.render(this);
  }

  /** The parts of a cost, in the engine's order, each under its one label. */
  static List<Part> parts(ModalityCosts costs, String symbol) {
    List<Part> parts = new ArrayList<>();
    for (Modality modality : Modality.values()) {
      Cost cost = costs.get(modality);
      String key = modality.jsonName();
      parts.add(
          new Part(
              key,
              PartLabels.label(key),
              PartLabels.word(key),
              Figure.money(cost.amount(), symbol),
              Figure.tokens(cost.tokens())));
    }
    return parts;
  }

  private static SceneFigures scene(
      SceneEstimate scene, String symbol, UsageAnalysis usage, UsageWording words) {
    Figure cost = Figure.money(scene.cost().amount(), symbol);
    Figure allocation =
        scene.allocation() == null ? null : Figure.money(scene.allocation(), symbol);
    Figure used =
        scene.allocation() == null || scene.allocation() <= 0
            ? null
            : Figure.percent(scene.cost().amount() / scene.allocation() * 100);
    Figure overBy = Figure.money(scene.overBy(), symbol);
    SpendFigures spend =
        usage == null
            ? null
            : usage.scene(scene.index()).map(f -> spend(f, usage, words, symbol)).orElse(null);
    Figure time = Figure.duration(scene.screenSeconds());
    Figure tokens = Figure.tokens(scene.cost().tokens());
    return new SceneFigures(
        scene,
        scene.label(),
        Figure.eighths(scene.pagesEighths()),
        time,
        scene.durationFromNote(),
        tokens,
        cost,
        allocation,
        used,
        overBy,
        Lines.status(scene, overBy),
        parts(scene.modalities(), symbol),
        spend,
        Lines.sceneLens(scene, time, tokens, cost, allocation, used, overBy, spend),
        cost.text() + " · " + time.text() + " · " + scene.tier(),
        new SceneRef(scene.index(), scene.number(), scene.heading()).describe());
  }

  private static SpendFigures spend(
      SceneForecast scene, UsageAnalysis usage, UsageWording words, String symbol) {
    return new SpendFigures(
        scene.progress().words(),
        Figure.money(scene.actual(), symbol),
        Figure.money(scene.rawEstimate(), symbol),
        Figure.money(scene.calibratedEstimate(), symbol),
        Figure.signedMoney(scene.variance(), symbol),
        Figure.money(scene.remaining(), symbol),
        Figure.money(scene.cumulative(), symbol),
        words.sceneLens(scene, usage.calibration()).orElse(""));
  }

  private static ForecastFigures forecast(UsageAnalysis usage, UsageWording words, String symbol) {
    Forecast forecast = usage.forecast();
    Double budget = forecast.budget();
    return new ForecastFigures(
        Figure.money(forecast.spent(), symbol),
        Figure.money(forecast.unmatchedSpent(), symbol),
        Figure.money(forecast.remaining(), symbol),
        Figure.percent(forecast.contingencyPercent()),
        Figure.money(forecast.total(), symbol),
        budget == null ? null : Figure.money(budget, symbol),
        forecast.overBy().map(over -> Figure.money(over, symbol)).orElse(null),
        budget == null || !forecast.fits() ? null : Figure.money(budget - forecast.total(), symbol),
        forecast.runsOutAt() == null ? null : forecast.runsOutAt().describe(),
        words.filmLens(forecast));
  }

  private static FilmFigures film(FilmEstimate film, String symbol, ForecastFigures forecast) {
    Figure withContingency = Figure.money(film.costWithContingency(), symbol);
    Figure budget = film.budget() == null ? null : Figure.money(film.budget(), symbol);
    Figure used =
        film.budgetUsedPercent() == null ? null : Figure.percent(film.budgetUsedPercent());
    Figure overBy =
        film.budget() == null
            ? null
            : Figure.money(film.costWithContingency() - film.budget(), symbol);
    Figure time = Figure.duration(film.screenSeconds());
    Figure tokens = Figure.tokens(film.cost().tokens());
    Figure contingencyPercent = Figure.percent(film.contingencyPercent());
    return new FilmFigures(
        time,
        Figure.eighths(film.pagesEighths()),
        film.scenes().size(),
        tokens,
        Figure.money(film.cost().amount(), symbol),
        contingencyPercent,
        Figure.money(film.contingency(), symbol),
        withContingency,
        Figure.money(film.cacheSavings().amount(), symbol),
        Figure.tokens(film.cacheSavings().tokens()),
        budget,
        used,
        overBy,
        parts(film.modalities(), symbol),
        Lines.filmLens(film, time, tokens, withContingency, contingencyPercent, budget, used)
            + (forecast == null ? "" : " · " + forecast.lens()),
        Lines.statusLine(
            film, symbol, withContingency, contingencyPercent, budget, used, forecast));
  }
}
