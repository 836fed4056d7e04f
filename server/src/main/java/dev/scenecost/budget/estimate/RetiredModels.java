package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.PriceEntry;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.Tier;
import dev.scenecost.budget.config.ValueLocation;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.SettingsEdit;
import dev.scenecost.budget.result.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds tiers that name a model its provider has retired ({@code deprecation_date} on or before
 * today): the estimate still uses the last list price, but the model can no longer be bought.
 */
public final class RetiredModels {
  private RetiredModels() {}

  public static List<Finding> check(ProjectConfig config, LocalDate today) {
    List<Finding> findings = new ArrayList<>();
    for (Tier tier : config.tiers().values()) {
      for (Map.Entry<String, String> part : tier.models().entrySet()) {
        PriceEntry entry = config.catalog().get(part.getValue());
        if (entry == null || !entry.retiredOn(today)) {
          continue;
        }
        String successor = entry.successor();
        boolean priced = successor != null && config.catalog().containsKey(successor);
        String message =
            "Tier \""
                + tier.name()
                + "\" uses "
                + entry.name()
                + " for its "
                + part.getKey().replace('.', ' ')
                + ", which was retired on "
                + entry.deprecationDate()
                + " and can no longer be bought; its estimate uses the last list price. "
                + (successor == null
                    ? "Choose a current model in scenecost.json."
                    : priced
                        ? "Use its successor " + successor + " instead (in scenecost.json)."
                        : "Its successor is "
                            + successor
                            + ", which the catalog has no price for: add it to \"catalog\" in"
                            + " scenecost.json and name it in the tier.");
        ValueLocation where = tier.modelLocations().get(part.getKey());
        SettingsEdit edit =
            priced && where != null
                ? new SettingsEdit(
                    where.file(),
                    where.line(),
                    where.column(),
                    where.length(),
                    "\"" + successor + "\"",
                    "Use " + successor + " for the " + part.getKey() + " of tier " + tier.name())
                : null;
        findings.add(
            new Finding(
                FindingCode.RETIRED_MODEL,
                Severity.WARNING,
                message,
                null,
                null,
                List.of(),
                successor == null ? List.of() : List.of(successor),
                edit));
      }
    }
    return findings;
  }
}
