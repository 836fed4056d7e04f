package dev.scenecost.budget.usage.calibration;

import dev.scenecost.budget.usage.ledger.Modality;
import java.util.OptionalDouble;

/**
 * How one modality's actual spend compares with its estimate over the finished scenes.
 *
 * @param modality which modality
 * @param actual spent on it in the finished scenes
 * @param estimate its raw estimate for the same scenes ({@link Modality#OTHER}, which the engine
 *     does not estimate, is compared with the scenes' whole estimate)
 */
public record ModalityFactor(Modality modality, double actual, double estimate) {

  /** actual ÷ estimate, or empty when there was nothing to compare with. */
  public OptionalDouble ratio() {
    return estimate > 0 ? OptionalDouble.of(actual / estimate) : OptionalDouble.empty();
  }
}
