package dev.scenecost.bench;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.fit.FilmFitter;
import dev.scenecost.budget.fit.FitPlan;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long {@code scenecost fit} takes to choose the tiers of a feature, warm, at budgets from 10%
 * to 150% of the film's cost at its default tier with contingency. The estimate is made once in
 * setup (its time is {@link EngineBenchmark}'s); {@code fit} is the optimiser alone. See
 * docs/performance.md.
 *
 * <p>Setup checks the promise the command makes: whenever the all-previz plan fits, the plan fits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FitBenchmark {
  @Param({"../shared/corpus/Big-Fish.fountain"})
  public String file;

  @Param({"10", "25", "50", "75", "100", "125", "150"})
  public int budgetPercent;

  private ProjectConfig config;
  private FilmEstimate film;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path path = Path.of(file);
    String text;
    if (Files.isRegularFile(path)) {
      text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } else {
      System.err.println("FitBenchmark: " + file + " not found, using a synthetic screenplay");
      text = SyntheticScreenplay.ofLength(150_000);
    }
    Screenplay screenplay = FountainParser.parse(text);
    BudgetEngine engine = new BudgetEngine();
    ProjectConfig defaults = ConfigLoader.defaults();
    FilmEstimate reference = engine.estimate(screenplay, defaults);
    double budget = reference.costWithContingency() * budgetPercent / 100.0;
    config = defaults.withBudget(budget);
    film = engine.estimate(screenplay, config);
    double previz = 0;
    for (var scene : film.scenes()) {
      previz += scene.quote("previz").orElseThrow().cost().amount();
    }
    boolean previzFits = previz * (1 + film.contingencyPercent() / 100) <= budget;
    FitPlan plan = FilmFitter.fit(film, config.fit());
    System.err.printf(
        "FitBenchmark: %d scenes, budget %.2f (%d%% of %.2f), all-previz %.2f fits=%b, plan"
            + " fits=%b optimal=%b cost %.2f%n",
        film.scenes().size(),
        budget,
        budgetPercent,
        reference.costWithContingency(),
        previz * (1 + film.contingencyPercent() / 100),
        previzFits,
        plan.fits(),
        plan.optimal(),
        plan.costWithContingency());
    if (previzFits && !plan.fits()) {
      throw new IllegalStateException("The all-previz plan fits but fit found no plan");
    }
  }

  @Benchmark
  public FitPlan fit() {
    return FilmFitter.fit(film, config.fit());
  }
}
