package dev.scenecost.budget.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.result.CharacterUse;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.Cost;
import dev.scenecost.budget.result.EffectHit;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.Modality;
import dev.scenecost.budget.result.ModalityCosts;
import dev.scenecost.budget.result.RelatedRange;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.TierQuote;
import dev.scenecost.budget.usage.UsageJson;
import dev.scenecost.jfountain.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * The report as JSON: the contract of {@code scenecost report --format json}, the language server's
 * {@code scenecost/report} request and the editor's budget view. Documented in docs/report-json.md;
 * fields are only ever added.
 */
public final class ReportJson {
  public static final int SCHEMA_VERSION = 2;

  private ReportJson() {}

  /** How much of each scene the JSON holds. */
  public enum Detail {
    /** Everything: the contract of {@code scenecost report --format json}. */
    FULL,
    /**
     * The scene's figures without its breakdown (characters, locations, effects, chunks,
     * modalities, cache savings, alternatives, quotes): what a budget view draws. For a feature the
     * breakdown is nineteen twentieths of the report's 1.4 MB.
     */
    FIGURES;

    /** The name an editor asks for it by. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The detail named, if there is one by that name. */
    public static Optional<Detail> named(String name) {
      for (Detail detail : values()) {
        if (detail.jsonName().equals(name)) {
          return Optional.of(detail);
        }
      }
      return Optional.empty();
    }
  }

  public static String toJsonString(BudgetReport report) {
    return new GsonBuilder()
        .setPrettyPrinting()
        .serializeNulls()
        .disableHtmlEscaping()
        .create()
        .toJson(toJson(report));
  }

  /**
   * The report as JSON; with a ledger, its {@code usage} section. Every figure a person reads also
   * comes as text, in the {@code display} object beside it, so no client formats a number.
   */
  public static JsonObject toJson(BudgetReport report) {
    return toJson(report, Detail.FULL);
  }

  /**
   * As {@link #toJson(BudgetReport)}; with {@link Detail#FIGURES}, each scene without its
   * breakdown, and {@code "detail": "figures"} at the top to say so.
   */
  public static JsonObject toJson(BudgetReport report, Detail detail) {
    JsonObject root = toJson(report.estimate(), report.problems(), detail);
    root.getAsJsonObject("film").add("display", ReportDisplay.film(report));
    JsonArray scenes = root.getAsJsonArray("scenes");
    for (int i = 0; i < scenes.size(); i++) {
      scenes.get(i).getAsJsonObject().add("display", ReportDisplay.scene(report.scenes().get(i)));
    }
    report
        .usage()
        .ifPresent(
            usage -> {
              JsonObject json = UsageJson.toJson(usage);
              report
                  .forecast()
                  .ifPresent(
                      f ->
                          json.getAsJsonObject("forecast")
                              .add("display", ReportDisplay.forecast(f)));
              JsonArray usageScenes = json.getAsJsonArray("scenes");
              for (int i = 0; i < usageScenes.size(); i++) {
                JsonObject scene = usageScenes.get(i).getAsJsonObject();
                report
                    .scene(scene.get("index").getAsInt())
                    .map(SceneFigures::spend)
                    .ifPresent(spend -> scene.add("display", ReportDisplay.spend(spend)));
              }
              root.add("usage", json);
            });
    return root;
  }

  private static JsonObject toJson(FilmEstimate film, List<ConfigProblem> problems, Detail detail) {
    JsonObject root = new JsonObject();
    root.addProperty("schemaVersion", SCHEMA_VERSION);
    if (detail != Detail.FULL) {
      root.addProperty("detail", detail.jsonName());
    }
    root.addProperty("title", film.title());
    root.addProperty("currency", film.currency());
    root.addProperty("currencySymbol", film.currencySymbol());
    root.addProperty("defaultTier", film.defaultTier());
    root.add("tiers", strings(film.tierNames()));
    root.add("film", film(film));
    JsonArray scenes = new JsonArray();
    film.scenes().forEach(scene -> scenes.add(scene(scene, detail)));
    root.add("scenes", scenes);
    JsonArray findings = new JsonArray();
    film.findings().forEach(finding -> findings.add(finding(finding)));
    root.add("findings", findings);
    JsonArray problemArray = new JsonArray();
    for (ConfigProblem problem : problems) {
      JsonObject p = new JsonObject();
      p.addProperty("file", problem.file());
      p.addProperty("line", problem.line());
      p.addProperty("column", problem.column());
      p.addProperty("message", problem.message());
      problemArray.add(p);
    }
    root.add("problems", problemArray);
    return root;
  }

  private static JsonObject film(FilmEstimate film) {
    JsonObject o = new JsonObject();
    o.addProperty("screenSeconds", round(film.screenSeconds(), 1));
    o.addProperty("pages", film.pagesEighths() / 8.0);
    o.addProperty("pagesEighths", film.pagesEighths());
    o.addProperty("tokens", film.cost().tokens());
    o.addProperty("cost", money(film.cost().amount()));
    o.addProperty("contingencyPercent", film.contingencyPercent());
    o.addProperty("contingency", money(film.contingency()));
    o.addProperty("costWithContingency", money(film.costWithContingency()));
    o.add("cacheSavings", cost(film.cacheSavings()));
    o.add("budget", nullable(film.budget()));
    o.add("budgetRange", range(film.budgetRange()));
    o.add(
        "budgetUsedPercent",
        film.budgetUsedPercent() == null
            ? JsonNull.INSTANCE
            : new com.google.gson.JsonPrimitive(round(film.budgetUsedPercent(), 1)));
    o.addProperty("fits", film.fits());
    o.add(
        "exhaustedAtScene",
        film.exhaustedAtScene() == null
            ? JsonNull.INSTANCE
            : new com.google.gson.JsonPrimitive(film.exhaustedAtScene()));
    o.addProperty("scenesOverBudget", film.scenesOverBudget().size());
    o.add("modalities", modalities(film.modalities()));
    return o;
  }

  private static JsonObject scene(SceneEstimate scene, Detail detail) {
    JsonObject o = new JsonObject();
    o.addProperty("index", scene.index());
    o.addProperty("number", scene.number());
    o.addProperty("label", scene.label());
    o.addProperty("heading", scene.heading());
    o.add("range", range(scene.range()));
    o.add("headingRange", range(scene.headingRange()));
    o.addProperty("pagesEighths", scene.pagesEighths());
    o.addProperty("screenSeconds", round(scene.screenSeconds(), 1));
    o.addProperty("durationFromNote", scene.durationFromNote());
    o.addProperty("tier", scene.tier());
    o.addProperty("tierSource", scene.tierSource().name().toLowerCase(java.util.Locale.ROOT));
    o.addProperty("complexityFactor", round(scene.complexityFactor(), 2));
    o.addProperty("clips", scene.clips());
    o.addProperty("generatedSeconds", round(scene.generatedSeconds(), 1));
    o.addProperty("tokens", scene.cost().tokens());
    o.addProperty("cost", money(scene.cost().amount()));
    o.add("explicitBudget", nullable(scene.explicitBudget()));
    o.add("allocation", nullable(scene.allocation()));
    o.addProperty("status", scene.status().jsonName());
    o.addProperty("overBy", money(scene.overBy()));
    o.addProperty("runningCost", money(scene.runningCost()));
    o.addProperty("importance", scene.importance());
    if (detail == Detail.FIGURES) {
      return o;
    }
    JsonArray characters = new JsonArray();
    for (CharacterUse use : scene.characters()) {
      JsonObject c = new JsonObject();
      c.addProperty("name", use.name());
      c.addProperty("reused", use.reused());
      c.addProperty("onScreen", use.onScreen());
      c.addProperty("speaks", use.speaks());
      c.addProperty("referenceCost", money(use.referenceCost().amount()));
      characters.add(c);
    }
    o.add("characters", characters);
    JsonArray locations = new JsonArray();
    JsonObject location = new JsonObject();
    location.addProperty("name", scene.location().name());
    location.addProperty("reused", scene.location().reused());
    location.addProperty("timeOfDay", scene.location().timeOfDay());
    location.addProperty("referenceCost", money(scene.location().referenceCost().amount()));
    locations.add(location);
    o.add("locations", locations);
    JsonArray effects = new JsonArray();
    for (EffectHit hit : scene.effects()) {
      JsonObject e = new JsonObject();
      e.addProperty("category", hit.category());
      e.addProperty("term", hit.term());
      e.add("range", range(hit.range()));
      effects.add(e);
    }
    o.add("effects", effects);
    JsonArray chunks = new JsonArray();
    scene.chunks().forEach(chunk -> chunks.add(chunk(chunk)));
    o.add("chunks", chunks);
    o.add("modalities", modalities(scene.modalities()));
    o.add("cacheSavings", cost(scene.cacheSavings()));
    o.add("alternatives", quotes(scene.alternatives()));
    o.add("quotes", quotes(scene.quotes()));
    return o;
  }

  private static JsonObject chunk(ChunkEstimate chunk) {
    JsonObject o = new JsonObject();
    o.addProperty("kind", chunk.kind().jsonName());
    o.add("range", range(chunk.range()));
    o.addProperty("lines", chunk.lines());
    o.addProperty("screenSeconds", round(chunk.screenSeconds(), 2));
    o.addProperty("textTokens", chunk.textTokens());
    o.addProperty("generatedSeconds", round(chunk.generatedSeconds(), 2));
    o.addProperty("clips", chunk.clips());
    o.addProperty("shotType", chunk.type().jsonName());
    o.addProperty("shots", chunk.shots().size());
    o.add("speakers", strings(chunk.speakers()));
    o.addProperty("dialogueCharacters", chunk.dialogueCharacters());
    o.add("video", cost(chunk.video()));
    o.add("voice", cost(chunk.voice()));
    o.add("text", cost(chunk.text()));
    o.add("modalities", modalities(chunk.modalities()));
    return o;
  }

  private static JsonArray quotes(List<TierQuote> quotes) {
    JsonArray array = new JsonArray();
    for (TierQuote quote : quotes) {
      JsonObject q = new JsonObject();
      q.addProperty("tier", quote.tier());
      q.addProperty("cost", money(quote.cost().amount()));
      q.addProperty("tokens", quote.cost().tokens());
      q.addProperty("fits", quote.fits());
      array.add(q);
    }
    return array;
  }

  private static JsonObject finding(Finding finding) {
    JsonObject o = new JsonObject();
    o.addProperty("code", finding.code().id());
    o.addProperty("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT));
    o.addProperty("message", finding.message());
    o.add(
        "scene",
        finding.sceneIndex() == null
            ? JsonNull.INSTANCE
            : new com.google.gson.JsonPrimitive(finding.sceneIndex()));
    o.add("range", range(finding.range()));
    JsonArray related = new JsonArray();
    for (RelatedRange r : finding.related()) {
      JsonObject ro = new JsonObject();
      ro.add("range", range(r.range()));
      ro.addProperty("message", r.message());
      related.add(ro);
    }
    o.add("related", related);
    o.add("suggestions", strings(finding.suggestions()));
    return o;
  }

  private static JsonObject modalities(ModalityCosts costs) {
    JsonObject o = new JsonObject();
    for (Modality modality : Modality.values()) {
      o.add(modality.jsonName(), cost(costs.get(modality)));
    }
    // Schema 1's one image line, kept so ledgers and scripts that read "images" still work.
    o.add("images", cost(costs.images()));
    return o;
  }

  private static JsonObject cost(Cost cost) {
    JsonObject o = new JsonObject();
    o.addProperty("tokens", cost.tokens());
    o.addProperty("cost", money(cost.amount()));
    return o;
  }

  private static JsonElement range(SourceRange range) {
    if (range == null) {
      return JsonNull.INSTANCE;
    }
    JsonObject o = new JsonObject();
    o.add("start", position(range.start().line(), range.start().character()));
    o.add("end", position(range.end().line(), range.end().character()));
    return o;
  }

  private static JsonObject position(int line, int character) {
    JsonObject o = new JsonObject();
    o.addProperty("line", line);
    o.addProperty("character", character);
    return o;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private static JsonElement nullable(Double amount) {
    return amount == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(money(amount));
  }

  /** Money to four decimals: exact to the cent, without floating-point noise. */
  static double money(double amount) {
    return round(amount, 4);
  }

  static double round(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return value;
    }
    // Through BigDecimal: Math.round(value * 10^decimals) saturates above about 9.2e14.
    return java.math.BigDecimal.valueOf(value)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }
}
