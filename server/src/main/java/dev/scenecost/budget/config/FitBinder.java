package dev.scenecost.budget.config;

import dev.scenecost.budget.json.JsonNode;
import dev.scenecost.budget.savings.SavingRule;
import dev.scenecost.budget.savings.SavingsSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Binds each tier's {@code quality}, the {@code fit} object and the {@code savings} rules. */
final class FitBinder {
  private final ConfigBinder binder;

  FitBinder(ConfigBinder binder) {
    this.binder = binder;
  }

  FitSettings bind(Map<String, Tier> tiers) {
    List<String> names = new ArrayList<>(tiers.keySet());
    Map<String, Integer> quality = FitSettings.rank(names);
    for (String name : names) {
      JsonNode node = binder.mergedAt(List.of("tiers", name, "quality"));
      if (node == null || node.kind() == JsonNode.Kind.NULL) {
        continue;
      }
      Integer value = whole(node, 0, FitSettings.MAX_QUALITY);
      if (value == null) {
        binder.report(
            node,
            "The quality of tier \""
                + name
                + "\" must be a whole number from 0 to "
                + FitSettings.MAX_QUALITY
                + " (higher is better); using "
                + quality.get(name));
      } else {
        quality.put(name, value);
      }
    }
    int penalty = FitSettings.DEFAULT_PENALTY;
    int principals = FitSettings.DEFAULT_PRINCIPALS;
    JsonNode fit = binder.mergedAt(List.of("fit"));
    if (fit != null && fit.kind() != JsonNode.Kind.NULL) {
      if (!fit.isObject()) {
        binder.report(
            fit,
            "\"fit\" must be an object such as {\"consistencyPenalty\": 6,"
                + " \"principalCharacters\": 3}; using the defaults");
      } else {
        penalty = setting(fit, "consistencyPenalty", penalty, 10_000);
        principals = setting(fit, "principalCharacters", principals, 8);
        for (String key : fit.members().keySet()) {
          if (!key.equals("consistencyPenalty") && !key.equals("principalCharacters")) {
            binder.report(
                fit.get(key),
                "Unknown setting \"fit."
                    + key
                    + "\"; \"fit\" has consistencyPenalty and principalCharacters");
          }
        }
      }
    }
    return new FitSettings(quality, penalty, principals);
  }

  private int setting(JsonNode fit, String key, int fallback, int max) {
    JsonNode node = fit.get(key);
    if (node == null) {
      return fallback;
    }
    Integer value = whole(node, 0, max);
    if (value == null) {
      binder.report(
          node, "fit." + key + " must be a whole number from 0 to " + max + "; using " + fallback);
      return fallback;
    }
    return value;
  }

  private static Integer whole(JsonNode node, int min, int max) {
    Double number = node.kind() == JsonNode.Kind.NUMBER ? node.asNumber() : null;
    if (number == null || number != Math.rint(number) || number < min || number > max) {
      return null;
    }
    return number.intValue();
  }

  /**
   * {@code "savings": {"RULE": false}} switches a rule off; {@code {"minimumSaving": 2}} sets the
   * least it must save to be mentioned (in the project's currency).
   */
  SavingsSettings savings() {
    Map<String, Double> rules =
        new java.util.LinkedHashMap<>(SavingsSettings.defaults().minimumByRule());
    JsonNode node = binder.mergedAt(List.of("savings"));
    if (node == null || node.kind() == JsonNode.Kind.NULL) {
      return new SavingsSettings(rules);
    }
    if (!node.isObject()) {
      binder.report(node, "\"savings\" must be an object of rules; using every rule");
      return new SavingsSettings(rules);
    }
    for (Map.Entry<String, JsonNode> entry : node.members().entrySet()) {
      String id = entry.getKey();
      JsonNode value = entry.getValue();
      if (SavingRule.fromId(id).isEmpty()) {
        binder.report(
            value,
            "Unknown savings rule \""
                + id
                + "\"; the rules are "
                + String.join(", ", rules.keySet()));
      } else if (value.kind() == JsonNode.Kind.BOOLEAN) {
        if (!Boolean.TRUE.equals(value.asBoolean())) {
          rules.remove(id);
        }
      } else if (value.isObject()
          && value.get("minimumSaving") != null
          && value.get("minimumSaving").kind() == JsonNode.Kind.NUMBER
          && value.get("minimumSaving").asNumber() >= 0) {
        rules.put(id, value.get("minimumSaving").asNumber());
      } else {
        binder.report(
            value,
            "Savings rule \""
                + id
                + "\" takes false (off) or {\"minimumSaving\": 2}; keeping it on with "
                + SavingsSettings.DEFAULT_MINIMUM);
      }
    }
    return new SavingsSettings(rules);
  }
}
