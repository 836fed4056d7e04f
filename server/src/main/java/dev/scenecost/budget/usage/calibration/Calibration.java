package dev.scenecost.budget.usage.calibration;

import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.ModalityAmounts;
import dev.scenecost.budget.usage.ledger.SceneRef;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the finished scenes taught: actual ÷ estimate per modality. A modality without a ratio
 * (nothing finished, or nothing estimated for it) keeps its raw estimate (factor 1).
 *
 * @param basis the finished scenes the ratios come from, in screenplay order
 * @param factors one entry per modality that was estimated or spent in those scenes
 */
public record Calibration(List<SceneRef> basis, Map<Modality, ModalityFactor> factors) {
  public static final Calibration NONE = new Calibration(List.of(), Map.of());

  public Calibration {
    basis = List.copyOf(basis);
    factors =
        java.util.Collections.unmodifiableMap(
            factors.isEmpty() ? new EnumMap<>(Modality.class) : new EnumMap<>(factors));
  }

  /** True when at least one finished scene was measured. */
  public boolean calibrated() {
    return !basis.isEmpty();
  }

  /** The multiplier on a modality's raw estimate. */
  public double factor(Modality modality) {
    ModalityFactor factor = factors.get(modality);
    return factor == null ? 1.0 : factor.ratio().orElse(1.0);
  }

  /**
   * The calibrated estimate of a scene: each modality's raw estimate times its factor, plus, for
   * spend the engine does not estimate (other), the basis scenes' other-spend per unit of their
   * whole estimate times this scene's whole estimate.
   */
  public ModalityAmounts apply(ModalityAmounts estimate) {
    Map<Modality, Double> calibrated = new EnumMap<>(Modality.class);
    estimate
        .asMap()
        .forEach((modality, amount) -> calibrated.put(modality, amount * factor(modality)));
    ModalityFactor other = factors.get(Modality.OTHER);
    if (other != null && other.ratio().isPresent() && estimate.get(Modality.OTHER) == 0) {
      calibrated.put(Modality.OTHER, estimate.total() * other.ratio().getAsDouble());
    }
    return ModalityAmounts.of(calibrated);
  }

  /** Actual ÷ estimate over everything in the basis scenes, or 1 when there is no basis. */
  public double overallRatio() {
    double estimate = 0;
    double actual = 0;
    for (ModalityFactor factor : factors.values()) {
      actual += factor.actual();
      if (factor.modality() != Modality.OTHER) {
        estimate += factor.estimate();
      }
    }
    return estimate > 0 ? actual / estimate : 1.0;
  }
}
