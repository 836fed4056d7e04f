package dev.scenecost.budget.config;

import dev.scenecost.budget.json.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns the merged settings tree into a {@link ProjectConfig}. Every value that cannot be used is
 * reported at its position and replaced by the built-in default, so binding never fails.
 */
final class ConfigBinder {
  private static final List<String> TOP_LEVEL =
      List.of(
          "currency",
          "currencySymbol",
          "exchangeRate",
          "budget",
          "contingencyPercent",
          "defaultTier",
          "page",
          "yield",
          "shots",
          "platformMarkup",
          "priceFiles",
          "prompt",
          "catalog",
          "tiers",
          "effects",
          "fit",
          "savings",
          // Read by dev.scenecost.budget.usage.imports.ImportMappings, not by this binder.
          "usage");
  private static final Map<String, String> SYMBOLS =
      Map.of(
          "USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "INR", "₹", "CAD", "CA$", "AUD", "A$",
          "CHF", "CHF ", "CNY", "CN¥");

  private final JsonNode defaults;
  private final JsonNode merged;
  private final List<ConfigProblem> problems;

  ConfigBinder(JsonNode defaults, JsonNode merged, List<ConfigProblem> problems) {
    this.defaults = defaults;
    this.merged = withCompleteTiers(defaults, merged);
    this.problems = problems;
  }

  ProjectConfig bind() {
    warnAboutMisspelledKeys();
    String currency = text(List.of("currency")).toUpperCase(java.util.Locale.ROOT);
    if (!currency.matches("[A-Z]{3}")) {
      report(
          at(merged, List.of("currency")),
          "The currency must be a three-letter code such as" + " \"USD\" or \"EUR\"; using USD");
      currency = "USD";
    }
    JsonNode symbolNode = at(merged, List.of("currencySymbol"));
    boolean symbolGiven = symbolNode != null && symbolNode.file() != null;
    String symbol =
        symbolGiven
            ? text(List.of("currencySymbol"))
            : SYMBOLS.getOrDefault(currency, currency + " ");
    double rate = positive(List.of("exchangeRate"), "the units of " + currency + " per US dollar");
    JsonNode rateNode = at(merged, List.of("exchangeRate"));
    if (!currency.equals("USD") && (rateNode == null || rateNode.file() == null)) {
      report(
          at(merged, List.of("currency")),
          "Catalog prices are in US dollars: add"
              + " \"exchangeRate\" ("
              + currency
              + " per dollar) so amounts convert; using 1");
    }
    Map<String, PriceEntry> catalog = new CatalogBinder(this).bind(at(merged, List.of("catalog")));
    Map<String, Tier> tiers = new TierBinder(this, catalog).bind(at(merged, List.of("tiers")));
    String defaultTier = text(List.of("defaultTier"));
    if (!tiers.containsKey(defaultTier)) {
      String fallback =
          tiers.containsKey("standard") ? "standard" : tiers.keySet().iterator().next();
      report(
          at(merged, List.of("defaultTier")),
          "Unknown tier \""
              + defaultTier
              + "\" in defaultTier; use one of "
              + String.join(", ", tiers.keySet())
              + ". Using "
              + fallback
              + ".");
      defaultTier = fallback;
    }
    return new ProjectConfig(
        currency,
        symbol,
        rate,
        budget(),
        false,
        contingency(),
        defaultTier,
        page(),
        yieldSettings(),
        shotSettings(),
        positive(List.of("platformMarkup"), "multiplier on every price, 1 at API prices"),
        prompt(),
        catalog,
        tiers,
        effects(),
        new FitBinder(this).bind(tiers),
        new FitBinder(this).savings());
  }

  private Double budget() {
    JsonNode node = at(merged, List.of("budget"));
    if (node == null || node.kind() == JsonNode.Kind.NULL) {
      return null;
    }
    OptionalDouble amount =
        node.kind() == JsonNode.Kind.NUMBER
            ? OptionalDouble.of(node.asNumber())
            : ValueParsers.money(node.asString());
    if (amount.isPresent()
        && !SettingRanges.of(List.of("budget")).get().contains(amount.getAsDouble())) {
      report(
          node,
          "The budget "
              + node.describe()
              + " must be "
              + SettingRanges.of(List.of("budget")).get().describe()
              + ". The film has no budget from the config.");
      return null;
    }
    if (amount.isEmpty()) {
      report(
          node,
          "Can't read the budget "
              + node.describe()
              + "; write an amount such as"
              + " 12000 or \"$12,000\". The film has no budget from the config.");
      return null;
    }
    return amount.getAsDouble();
  }

  private double contingency() {
    JsonNode node = at(merged, List.of("contingencyPercent"));
    OptionalDouble value =
        node == null
            ? OptionalDouble.empty()
            : node.kind() == JsonNode.Kind.NUMBER
                ? ValueParsers.percent(Double.toString(node.asNumber()))
                : ValueParsers.percent(node.asString());
    if (value.isEmpty()) {
      report(
          node,
          "contingencyPercent must be a percentage from 0 to "
              + plain(SettingRanges.MAX_CONTINGENCY_PERCENT)
              + ", such as 25 (for 25%), not "
              + (node == null ? "missing" : node.describe())
              + "; using the default");
      return at(defaults, List.of("contingencyPercent")).asNumber();
    }
    return value.getAsDouble();
  }

  private PageLayout page() {
    return new PageLayout(
        (int) positive(List.of("page", "linesPerPage"), "lines per page, such as 55"),
        positive(List.of("page", "secondsPerPage"), "seconds of screen time per page, such as 60"),
        (int) positive(List.of("page", "actionWidth"), "characters per action line, such as 61"),
        (int) positive(List.of("page", "dialogueWidth"), "characters per dialogue line"),
        (int) positive(List.of("page", "parentheticalWidth"), "characters per parenthetical line"),
        (int) positive(List.of("page", "cueWidth"), "characters per character cue line"));
  }

  private YieldSettings yieldSettings() {
    JsonNode old = at(merged, List.of("yield", "generationsPerUsableSecond"));
    if (old != null && old.file() != null) {
      report(
          old,
          "\"yield.generationsPerUsableSecond\" is no longer used: each tier now sets \"ratios\","
              + " the seconds generated per finished second for each shot type (establishing,"
              + " action, dialogue, effects; see docs/configuration.md). Remove it; to change"
              + " the standard tier write \"tiers\": {\"standard\": {\"ratios\": {\"action\": [10,"
              + " 20]}}}.");
    }
    return new YieldSettings(
        nonNegative(List.of("yield", "perExtraCharacter"), "complexity per extra character"),
        (int) nonNegative(List.of("yield", "charactersIncluded"), "characters a simple scene has"),
        nonNegative(List.of("yield", "night"), "complexity added at night"),
        Math.max(
            1,
            positive(
                List.of("yield", "maxComplexityFactor"),
                "the largest complexity" + " factor, such as 3")));
  }

  private ShotSettings shotSettings() {
    return new ShotSettings(
        positive(List.of("shots", "longestShotSeconds"), "the longest shot in seconds, such as 6"),
        nonNegative(
            List.of("shots", "effectsWeight"),
            "the effects weight that makes a beat an effects shot, such as 0.4"),
        (int)
            Math.max(
                1,
                positive(
                    List.of("shots", "crowdPeople"),
                    "characters named in a beat that make it a crowd shot")));
  }

  private PromptSettings prompt() {
    return new PromptSettings(
        (int) nonNegative(List.of("prompt", "descriptionTokens"), "tokens per description"),
        positive(
            List.of("prompt", "speechCharactersPerSecond"),
            "characters spoken per second," + " such as 16"));
  }

  private List<EffectCategory> effects() {
    List<EffectCategory> result = new ArrayList<>();
    JsonNode effects = at(merged, List.of("effects"));
    if (effects == null || !effects.isObject()) {
      report(effects, "\"effects\" must be an object of categories; using the built-in lexicon");
      effects = at(defaults, List.of("effects"));
    }
    for (Map.Entry<String, JsonNode> category : effects.members().entrySet()) {
      String name = category.getKey();
      JsonNode node = category.getValue();
      if (node.kind() == JsonNode.Kind.NULL) {
        continue; // "category": null removes a built-in category
      }
      if (!node.isObject()) {
        report(
            node,
            "Effects category \""
                + name
                + "\" must be an object with \"weight\" and"
                + " \"terms\"; skipping it");
        continue;
      }
      JsonNode weightNode = node.get("weight");
      SettingRanges.Range weightRange = SettingRanges.of(List.of("effects", name, "weight")).get();
      boolean weightUsable =
          weightNode != null
              && weightNode.asNumber() != null
              && weightRange.contains(weightNode.asNumber());
      double weight = weightUsable ? weightNode.asNumber() : 0.3;
      if (!weightUsable) {
        report(
            weightNode == null ? node : weightNode,
            "Effects category \""
                + name
                + "\" needs a \"weight\" that is "
                + weightRange.describe()
                + " (such as 0.3); using 0.3");
      }
      List<String> terms = new ArrayList<>();
      JsonNode termsNode = node.get("terms");
      if (termsNode == null || termsNode.kind() != JsonNode.Kind.ARRAY) {
        report(
            termsNode == null ? node : termsNode,
            "Effects category \""
                + name
                + "\" needs \"terms\": a list of words such as [\"explosion\", \"fire\"]");
      } else {
        for (JsonNode term : termsNode.elements()) {
          if (term.asString() == null || term.asString().isBlank()) {
            report(
                term, "Effect terms must be words in double quotes; skipping " + term.describe());
          } else {
            terms.add(term.asString().trim().toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
      result.add(new EffectCategory(name, weight, terms));
    }
    return result;
  }

  private void warnAboutMisspelledKeys() {
    if (!merged.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> member : merged.members().entrySet()) {
      String key = member.getKey();
      if (TOP_LEVEL.contains(key)) {
        continue;
      }
      String closest = Names.closest(key, TOP_LEVEL);
      if (closest != null) {
        report(
            member.getValue(),
            "Unknown setting \"" + key + "\"; did you mean \"" + closest + "\"?");
      }
    }
  }

  // ---- shared helpers for the binders of catalog and tiers ----

  void report(JsonNode node, String message) {
    String file = node == null ? null : node.file();
    problems.add(
        new ConfigProblem(
            file, node == null ? 0 : node.line(), node == null ? 0 : node.column(), message));
  }

  String text(List<String> path) {
    JsonNode node = at(merged, path);
    if (node != null && node.asString() != null && !node.asString().isBlank()) {
      return node.asString().trim();
    }
    if (node != null) {
      report(
          node,
          "\""
              + path.get(path.size() - 1)
              + "\" must be text in double quotes; using"
              + " the default");
    }
    return fallback(path).asString();
  }

  double positive(List<String> path, String what) {
    return number(path, what, false);
  }

  double nonNegative(List<String> path, String what) {
    return number(path, what, true);
  }

  private double number(List<String> path, String what, boolean zeroAllowed) {
    JsonNode node = at(merged, path);
    Double value = node == null ? null : node.asNumber();
    Optional<SettingRanges.Range> range = SettingRanges.of(path);
    if (value != null && usable(value, range, zeroAllowed)) {
      return value;
    }
    double fallback = fallback(path).asNumber();
    if (node != null) {
      report(node, outOfRange(path, what, node, range, zeroAllowed) + plain(fallback));
    }
    return fallback;
  }

  /**
   * A tier's own optional number: null when it is absent, or when it is unusable (reported), so the
   * film's value applies.
   */
  Double optionalNumber(List<String> path, String what, String otherwise) {
    JsonNode node = at(merged, path);
    if (node == null || node.kind() == JsonNode.Kind.NULL) {
      return null;
    }
    Double value = node.asNumber();
    Optional<SettingRanges.Range> range = SettingRanges.of(path);
    if (value != null && usable(value, range, false)) {
      return value;
    }
    report(
        node,
        outOfRange(path, what, node, range, false).replace("using the default ", "") + otherwise);
    return null;
  }

  private static boolean usable(
      double value, Optional<SettingRanges.Range> range, boolean zeroAllowed) {
    return range.isPresent()
        ? range.get().contains(value)
        : Double.isFinite(value) && (value > 0 || (zeroAllowed && value == 0));
  }

  private static String outOfRange(
      List<String> path,
      String what,
      JsonNode node,
      Optional<SettingRanges.Range> range,
      boolean zeroAllowed) {
    String must =
        range.map(SettingRanges.Range::describe).orElse(zeroAllowed ? "0 or more" : "above 0");
    return "\""
        + path.get(path.size() - 1)
        + "\" must be "
        + (range.isPresent() ? must : "a number " + must)
        + " ("
        + what
        + "), not "
        + node.describe()
        + "; using the default ";
  }

  private static String plain(double value) {
    return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /**
   * The built-in value for a path; a custom tier falls back to the standard tier's values, and a
   * part the standard tier does without (a LoRA, lip-sync) to the first built-in tier that has it.
   */
  JsonNode fallback(List<String> path) {
    JsonNode node = at(defaults, path);
    if (node == null && path.size() > 1 && path.get(0).equals("tiers")) {
      List<String> other = new ArrayList<>(path);
      other.set(1, "standard");
      node = at(defaults, other);
      JsonNode tiers = at(defaults, List.of("tiers"));
      if (node == null && tiers != null && tiers.isObject()) {
        for (String tier : tiers.members().keySet()) {
          other.set(1, tier);
          node = at(defaults, other);
          if (node != null && node.kind() != JsonNode.Kind.NULL) {
            break;
          }
        }
      }
    }
    return node;
  }

  JsonNode mergedAt(List<String> path) {
    return at(merged, path);
  }

  static JsonNode at(JsonNode root, List<String> path) {
    JsonNode node = root;
    for (String key : path) {
      if (node == null || !node.isObject()) {
        return null;
      }
      node = node.get(key);
    }
    return node;
  }

  /** A custom tier starts as a copy of the built-in standard tier, overridden by what it says. */
  private static JsonNode withCompleteTiers(JsonNode defaults, JsonNode merged) {
    JsonNode tiers = at(merged, List.of("tiers"));
    JsonNode standard = at(defaults, List.of("tiers", "standard"));
    if (tiers == null || !tiers.isObject() || standard == null || !merged.isObject()) {
      return merged;
    }
    Map<String, JsonNode> completed = new LinkedHashMap<>();
    tiers
        .members()
        .forEach(
            (name, tier) ->
                completed.put(
                    name,
                    at(defaults, List.of("tiers", name)) == null && tier.isObject()
                        ? JsonNode.merge(standard, tier)
                        : tier));
    Map<String, JsonNode> root = new LinkedHashMap<>(merged.members());
    root.put("tiers", JsonNode.object(completed, tiers.file(), tiers.line(), tiers.column()));
    return JsonNode.object(root, merged.file(), merged.line(), merged.column());
  }
}
