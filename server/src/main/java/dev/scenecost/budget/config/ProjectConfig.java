package dev.scenecost.budget.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the estimate depends on besides the screenplay: prices, tiers, page layout, yields,
 * the effects lexicon, currency, budget and contingency. Immutable; obtain one from {@link
 * ConfigLoader} (defaults merged with scenecost.json) or {@link ConfigLoader#defaults()}.
 *
 * @param currency ISO code amounts are shown in
 * @param currencySymbol symbol amounts print with
 * @param exchangeRate units of the currency per US dollar (catalog prices are in dollars)
 * @param budget the film's budget from the config, or null; the title page's {@code Budget:} wins
 *     unless {@code budgetOverridesTitlePage}
 * @param budgetOverridesTitlePage true when the budget was given on the command line
 * @param contingencyPercent contingency when the title page has no {@code Contingency:}
 * @param defaultTier tier of scenes without a tier note
 * @param page page layout and seconds per page
 * @param yield how complexity raises the ratio of generated to finished seconds
 * @param shots how chunks are cut into shots and typed
 * @param platformMarkup multiplier on every price: 1 at API list prices, 1 to 2.5 on retail credit
 *     platforms
 * @param prompt prompt description size and speech rate
 * @param catalog price entries by name
 * @param tiers tiers by name, most expensive first
 * @param effects the effects lexicon
 * @param fit what {@code scenecost fit} weighs: tier qualities, the consistency penalty
 * @param savings which savings rules run and the least each must save
 */
public record ProjectConfig(
    String currency,
    String currencySymbol,
    double exchangeRate,
    Double budget,
    boolean budgetOverridesTitlePage,
    double contingencyPercent,
    String defaultTier,
    PageLayout page,
    YieldSettings yield,
    ShotSettings shots,
    double platformMarkup,
    PromptSettings prompt,
    Map<String, PriceEntry> catalog,
    Map<String, Tier> tiers,
    List<EffectCategory> effects,
    FitSettings fit,
    dev.scenecost.budget.savings.SavingsSettings savings) {
  public ProjectConfig {
    catalog = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(catalog));
    tiers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
    effects = List.copyOf(effects);
  }

  /** The tier with that name, ignoring case. */
  public Optional<Tier> tier(String name) {
    if (name == null) {
      return Optional.empty();
    }
    Tier exact = tiers.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return tiers.values().stream()
        .filter(t -> t.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** The catalog entry with that name, if the catalog has it. */
  public Optional<PriceEntry> price(String model) {
    return Optional.ofNullable(catalog.get(model));
  }

  /** The same configuration with a budget that wins over the title page (command line). */
  public ProjectConfig withBudget(double amount) {
    return new ProjectConfig(
        currency,
        currencySymbol,
        exchangeRate,
        amount,
        true,
        contingencyPercent,
        defaultTier,
        page,
        yield,
        shots,
        platformMarkup,
        prompt,
        catalog,
        tiers,
        effects,
        fit,
        savings);
  }

  /** The same configuration with another default tier, which must exist. */
  public ProjectConfig withDefaultTier(String tierName) {
    Tier tier =
        tier(tierName).orElseThrow(() -> new IllegalArgumentException("No tier named " + tierName));
    return new ProjectConfig(
        currency,
        currencySymbol,
        exchangeRate,
        budget,
        budgetOverridesTitlePage,
        contingencyPercent,
        tier.name(),
        page,
        yield,
        shots,
        platformMarkup,
        prompt,
        catalog,
        tiers,
        effects,
        fit,
        savings);
  }
}
