package dev.scenecost.budget.usage;

import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.usage.calibration.SceneCalibrationInput;
import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.ModalityAmounts;
import dev.scenecost.budget.usage.ledger.SceneMatcher;
import dev.scenecost.budget.usage.ledger.SceneRef;
import dev.scenecost.jfountain.Screenplay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the engine's estimate and the ledger into the plain inputs of calibration. */
public final class UsagePlans {
  private UsagePlans() {}

  /**
   * One calibration input per scene, in order.
   *
   * @param screenplay the parse the estimate was made from (for the status notes)
   */
  public static List<SceneCalibrationInput> from(
      FilmEstimate estimate, Screenplay screenplay, UsageSnapshot usage) {
    List<SceneCalibrationInput> plans = new ArrayList<>();
    for (SceneEstimate scene : estimate.scenes()) {
      boolean done =
          scene.index() < screenplay.scenes().size()
              && StatusNote.isDone(screenplay.scenes().get(scene.index()));
      plans.add(
          new SceneCalibrationInput(
              ref(scene),
              scene.screenSeconds(),
              estimateOf(scene),
              done,
              usage.byScene().actuals(scene.index())));
    }
    return plans;
  }

  static SceneRef ref(SceneEstimate scene) {
    return new SceneRef(scene.index(), scene.number(), scene.heading());
  }

  /** The engine's money per modality, in the ledger's modalities. */
  static ModalityAmounts estimateOf(SceneEstimate scene) {
    Map<Modality, Double> amounts = new EnumMap<>(Modality.class);
    for (dev.scenecost.budget.result.Modality modality :
        dev.scenecost.budget.result.Modality.values()) {
      amounts.merge(Modality.of(modality), scene.modalities().get(modality).amount(), Double::sum);
    }
    return ModalityAmounts.of(amounts);
  }

  /**
   * Finds a scene by the label the report shows (number, position, {@code (6)}) or its heading;
   * empty when none or several match.
   */
  public static Optional<SceneRef> find(Screenplay screenplay, String wanted) {
    List<SceneRef> candidates = new SceneMatcher(SceneRef.of(screenplay)).candidates(wanted);
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }
}
