package dev.scenecost.cli;

import dev.scenecost.budget.BudgetAnalysis;
import dev.scenecost.budget.LedgerSource;
import dev.scenecost.budget.Overrides;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.usage.StatusNote;
import dev.scenecost.budget.usage.UsageAnalysis;
import dev.scenecost.budget.usage.UsagePlans;
import dev.scenecost.budget.usage.UsageTracker;
import dev.scenecost.budget.usage.UsageWording;
import dev.scenecost.budget.usage.calibration.TestSceneProjection;
import dev.scenecost.budget.usage.forecast.Forecast;
import dev.scenecost.budget.usage.ledger.SceneRef;
import dev.scenecost.jfountain.Screenplay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenecost calibrate SCRIPT [--scene N]}: the estimate corrected by what was spent. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Correct the estimate with what generating has really cost. With --scene, the classic "
          + "test-scene method: that scene's cost per screen minute times the film's screen "
          + "minutes, plus contingency. Without it, every scene marked [[status: done]] "
          + "calibrates the rest, and the forecast is set against the budget.",
      "Exit codes: 0 the forecast fits the budget (or there is none), 1 it does not, 2 bad "
          + "input."
    })
final class CalibrateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCRIPT", description = "The .fountain screenplay.")
  Path screenplay;

  @Option(
      names = "--scene",
      paramLabel = "N",
      description =
          "The test scene: its number (12, 4A) or, in a screenplay without scene "
              + "numbers, its position (1 = the first scene).")
  String scene;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<BudgetAnalysis> analyzed =
        ScreenplayInput.analyze(screenplay, null, Overrides.NONE, LedgerSource.FILE, err);
    if (analyzed.isEmpty()) {
      return 2;
    }
    Screenplay parsed = analyzed.get().screenplay();
    analyzed.get().settingsProblems().forEach(err::println);
    FilmEstimate estimate = analyzed.get().estimate().orElseThrow();
    analyzed.get().usage().ifPresent(usage -> usage.problems().forEach(err::println));
    Optional<UsageAnalysis> usageAnalysis = analyzed.get().usageAnalysis();
    if (usageAnalysis.isEmpty()) {
      err.println(
          "scenecost: could not forecast from "
              + UsageTracker.ledgerFor(screenplay).getFileName()
              + "; its problems are listed above. Please report this with the ledger.");
      return 2;
    }
    UsageAnalysis analysis = usageAnalysis.get();
    UsageWording words = new UsageWording(estimate.currencySymbol());
    if (scene != null) {
      return testScene(analysis, parsed, words, estimate.budget(), out, err);
    }
    Forecast forecast = analysis.forecast();
    if (!analysis.calibration().calibrated()) {
      String why = words.whyUncalibrated(forecast);
      out.println(
          Character.toUpperCase(why.charAt(0))
              + why.substring(1)
              + ", so the raw estimate stands. Mark a finished scene with [[status: done]] under "
              + "its heading and record what it cost, or name a test scene with --scene.");
    } else {
      out.println(
          "Calibrated from "
              + analysis.calibration().basis().size()
              + " finished "
              + (analysis.calibration().basis().size() == 1 ? "scene" : "scenes")
              + ":");
      words.factors(analysis.calibration()).forEach(line -> out.println("  " + line));
    }
    out.println();
    words.forecastSummary(forecast).forEach(out::println);
    return forecast.fits() ? 0 : 1;
  }

  private int testScene(
      UsageAnalysis analysis,
      Screenplay parsed,
      UsageWording words,
      Double budget,
      PrintWriter out,
      PrintWriter err) {
    Optional<SceneRef> found = UsagePlans.find(parsed, scene);
    if (found.isEmpty()) {
      err.println(
          "scenecost: "
              + screenplay
              + " has no scene \""
              + scene
              + "\". Give the "
              + "scene's number as written between # marks (#12#), or, when the screenplay has no "
              + "scene numbers, its position (1 = the first scene).");
      return 2;
    }
    SceneRef test = found.get();
    TestSceneProjection projection = analysis.testScene(test.index()).orElseThrow();
    if (projection.sceneCost() == 0) {
      err.println(
          "scenecost: "
              + UsageTracker.ledgerFor(screenplay).getFileName()
              + " has no "
              + "spend for "
              + test.describe()
              + " yet. Record what generating it cost, then "
              + "calibrate again.");
      return 2;
    }
    if (projection.sceneSeconds() <= 0) {
      err.println(
          "scenecost: "
              + test.describe()
              + " has no screen time to divide by. Give it "
              + "a duration note such as [[duration: 45s]].");
      return 2;
    }
    boolean done = StatusNote.isDone(parsed.scenes().get(test.index()));
    words.testScene(projection, done, budget).forEach(out::println);
    Forecast byModality = analysis.forecastFromScene(test.index());
    out.println();
    out.println("Scene by scene, at this scene's rate for each kind of generation:");
    words.factors(byModality.calibration()).forEach(line -> out.println("  " + line));
    words.forecastSummary(byModality, "at this scene's rate").forEach(out::println);
    return budget == null || projection.projection() <= budget + 0.005 ? 0 : 1;
  }
}
