package dev.scenecost.budget.usage.ledger;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** An amount of money per modality, such as a scene's estimate or what it has cost so far. */
public final class ModalityAmounts {
  public static final ModalityAmounts ZERO = new ModalityAmounts(new EnumMap<>(Modality.class));

  private final Map<Modality, Double> amounts;

  private ModalityAmounts(EnumMap<Modality, Double> amounts) {
    this.amounts = Collections.unmodifiableMap(amounts);
  }

  public static ModalityAmounts of(Map<Modality, Double> amounts) {
    EnumMap<Modality, Double> copy = new EnumMap<>(Modality.class);
    amounts.forEach(
        (modality, amount) -> {
          if (amount != null && amount != 0) {
            copy.put(modality, amount);
          }
        });
    return new ModalityAmounts(copy);
  }

  public static ModalityAmounts of(Modality modality, double amount) {
    return of(Map.of(modality, amount));
  }

  public double get(Modality modality) {
    return amounts.getOrDefault(modality, 0.0);
  }

  public double total() {
    return amounts.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  public boolean isZero() {
    return amounts.isEmpty();
  }

  public ModalityAmounts plus(ModalityAmounts other) {
    EnumMap<Modality, Double> sum = new EnumMap<>(Modality.class);
    sum.putAll(amounts);
    other.amounts.forEach((modality, amount) -> sum.merge(modality, amount, Double::sum));
    return of(sum);
  }

  /** The non-zero amounts, in modality order. */
  public Map<Modality, Double> asMap() {
    return amounts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModalityAmounts that && amounts.equals(that.amounts);
  }

  @Override
  public int hashCode() {
    return amounts.hashCode();
  }

  @Override
  public String toString() {
    return amounts.toString();
  }
}
