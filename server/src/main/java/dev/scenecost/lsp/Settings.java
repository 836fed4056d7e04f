package dev.scenecost.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editor's settings for Scenecost, from {@code initializationOptions} and {@code
 * workspace/didChangeConfiguration}. Accepts {@code {"scenecost": {...}}}, {@code {"settings":
 * {"scenecost": {...}}}} or the inner object alone. Budget defaults apply only where the
 * screenplay's title page and {@code scenecost.json} say nothing: the writer's files win over the
 * editor.
 *
 * @param display where costs show: code lenses, inlay hints, both, or nowhere
 * @param defaultTier tier of scenes without a tier note, or null for the project's own
 * @param currency ISO currency code, or null
 * @param exchangeRate units of that currency per US dollar (catalog prices are in dollars)
 * @param contingencyPercent contingency in percent, or null
 * @param budget the film's budget, or null
 * @param problems settings that could not be read, worded for the writer
 */
public record Settings(
    Display display,
    String defaultTier,
    String currency,
    Double exchangeRate,
    Double contingencyPercent,
    Double budget,
    List<String> problems) {

  public enum Display {
    CODE_LENS("codeLens"),
    INLAY_HINTS("inlayHints"),
    BOTH("both"),
    OFF("off");

    private final String id;

    Display(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public boolean codeLens() {
      return this == CODE_LENS || this == BOTH;
    }

    public boolean inlayHints() {
      return this == INLAY_HINTS || this == BOTH;
    }
  }

  public static final Settings DEFAULTS =
      new Settings(Display.CODE_LENS, null, null, null, null, null, List.of());

  public Settings {
    problems = List.copyOf(problems);
  }

  public static Settings from(Object source) {
    if (!(source instanceof JsonElement element) || !element.isJsonObject()) {
      return DEFAULTS;
    }
    JsonObject object = element.getAsJsonObject();
    // Some clients wrap the section the way didChangeConfiguration carries it: {"settings": ...}.
    if (!object.has("scenecost") && isObject(object, "settings")) {
      JsonObject settings = object.getAsJsonObject("settings");
      if (isObject(settings, "scenecost")) {
        object = settings;
      }
    }
    if (isObject(object, "scenecost")) {
      object = object.getAsJsonObject("scenecost");
    }
    List<String> problems = new ArrayList<>();
    Display display = Display.CODE_LENS;
    String displayText = string(object, "display", problems);
    if (displayText != null) {
      display = parseDisplay(displayText, problems);
    }
    JsonObject budget =
        object.has("budget") && object.get("budget").isJsonObject()
            ? object.getAsJsonObject("budget")
            : object;
    return new Settings(
        display,
        string(budget, "defaultTier", problems),
        string(budget, "currency", problems),
        number(budget, "exchangeRate", problems),
        number(budget, "contingencyPercent", problems),
        budget == object ? number(object, "budget", problems) : number(budget, "amount", problems),
        problems);
  }

  private static Display parseDisplay(String text, List<String> problems) {
    for (Display candidate : Display.values()) {
      if (candidate.id.equalsIgnoreCase(text.trim())) {
        return candidate;
      }
    }
    problems.add(
        "The setting scenecost.display is \""
            + text
            + "\"; use codeLens, inlayHints, both or off. Showing code lenses meanwhile.");
    return Display.CODE_LENS;
  }

  private static String string(JsonObject object, String key, List<String> problems) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (value instanceof JsonPrimitive primitive && primitive.isString()) {
      String text = primitive.getAsString().trim();
      return text.isEmpty() ? null : text;
    }
    problems.add("The setting scenecost." + key + " should be text, not " + value + ".");
    return null;
  }

  private static Double number(JsonObject object, String key, List<String> problems) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull() || value.isJsonObject()) {
      return null;
    }
    if (value instanceof JsonPrimitive primitive) {
      String text = primitive.getAsString().replaceAll("[\\s,$€£%]", "");
      if (text.isEmpty()) {
        return null;
      }
      try {
        double number = Double.parseDouble(text);
        // The same ranges as scenecost.json: an editor setting reaches the same arithmetic.
        var range =
            dev.scenecost.budget.config.SettingRanges.of(
                List.of(key.equals("amount") ? "budget" : key));
        if (range.map(r -> r.contains(number)).orElse(number >= 0 && Double.isFinite(number))) {
          return number;
        }
        if (range.isPresent()) {
          problems.add(
              "The setting scenecost."
                  + key
                  + " must be "
                  + range.get().describe()
                  + ", not "
                  + value
                  + "; it is ignored.");
          return null;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
    }
    problems.add(
        "The setting scenecost."
            + key
            + " should be a number such as 12000, not "
            + value
            + ". It is ignored.");
    return null;
  }

  @Override
  public String toString() {
    return "display="
        + display.id
        + ", defaultTier="
        + defaultTier
        + ", currency="
        + (currency == null ? null : currency.toUpperCase(Locale.ROOT))
        + ", contingency="
        + contingencyPercent
        + ", budget="
        + budget;
  }

  private static boolean isObject(JsonObject parent, String key) {
    return parent.has(key) && parent.get(key).isJsonObject();
  }
}
