package dev.scenecost.budget.savings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which savings rules run and the least each must save to be mentioned: {@code savings.RULE} in
 * scenecost.json, {@code false} to switch a rule off or {@code {"minimumSaving": 2}}.
 */
public record SavingsSettings(Map<String, Double> minimumByRule) {
  /** A saving below this (in the project's currency) is not worth a hint, by default. */
  public static final double DEFAULT_MINIMUM = 1.0;

  public SavingsSettings {
    minimumByRule = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(minimumByRule));
  }

  /** Every rule on, with the default minimum. */
  public static SavingsSettings defaults() {
    Map<String, Double> rules = new LinkedHashMap<>();
    for (SavingRule rule : SavingRule.values()) {
      rules.put(rule.id(), DEFAULT_MINIMUM);
    }
    return new SavingsSettings(rules);
  }

  public boolean enabled(SavingRule rule) {
    return minimumByRule.containsKey(rule.id());
  }

  public double minimum(SavingRule rule) {
    return minimumByRule.getOrDefault(rule.id(), DEFAULT_MINIMUM);
  }
}
