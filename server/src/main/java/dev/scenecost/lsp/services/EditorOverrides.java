package dev.scenecost.lsp.services;

import dev.scenecost.budget.Overrides;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.lsp.Settings;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The editor's settings laid over a project's configuration: each fills in only what scenecost.json
 * leaves at its built-in default (the file wins; the title page's Budget: wins over both, as the
 * engine decides). Editor-only, so it lives here and not in the engine's config.
 */
final class EditorOverrides implements Overrides {
  private static final Map<String, String> SYMBOLS =
      Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

  private final Settings settings;
  private final Consumer<String> warn;

  /**
   * @param warn where a setting that cannot apply is told (once per message, by the caller)
   */
  EditorOverrides(Settings settings, Consumer<String> warn) {
    this.settings = settings;
    this.warn = warn;
  }

  @Override
  public ProjectConfig apply(ProjectConfig config) {
    Settings current = settings;
    ProjectConfig defaults = ConfigLoader.defaults();
    ProjectConfig result = config;
    if (current.defaultTier() != null && result.defaultTier().equals(defaults.defaultTier())) {
      if (result.tier(current.defaultTier()).isPresent()) {
        result = result.withDefaultTier(current.defaultTier());
      } else {
        warn.accept(
            "The setting scenecost.defaultTier names \""
                + current.defaultTier()
                + "\", which is not a tier; use one of "
                + String.join(", ", result.tiers().keySet())
                + ".");
      }
    }
    double contingency = result.contingencyPercent();
    if (current.contingencyPercent() != null && contingency == defaults.contingencyPercent()) {
      contingency = current.contingencyPercent();
    }
    Double budget = result.budget();
    if (current.budget() != null && budget == null) {
      budget = current.budget();
    }
    String currency = result.currency();
    String symbol = result.currencySymbol();
    double rate = result.exchangeRate();
    if (current.currency() != null
        && currency.equals(defaults.currency())
        && !current.currency().equalsIgnoreCase(currency)) {
      if (current.exchangeRate() == null) {
        warn.accept(
            "The setting scenecost.currency is "
                + current.currency()
                + ", but prices are"
                + " in US dollars: set scenecost.exchangeRate too. Showing dollars meanwhile.");
      } else {
        currency = current.currency().toUpperCase(Locale.ROOT);
        symbol = SYMBOLS.getOrDefault(currency, currency + " ");
        rate = current.exchangeRate();
      }
    }
    if (contingency == result.contingencyPercent()
        && Objects.equals(budget, result.budget())
        && currency.equals(result.currency())) {
      return result;
    }
    return new ProjectConfig(
        currency,
        symbol,
        rate,
        budget,
        result.budgetOverridesTitlePage(),
        contingency,
        result.defaultTier(),
        result.page(),
        result.yield(),
        result.shots(),
        result.platformMarkup(),
        result.prompt(),
        result.catalog(),
        result.tiers(),
        result.effects(),
        result.fit(),
        result.savings());
  }
}
