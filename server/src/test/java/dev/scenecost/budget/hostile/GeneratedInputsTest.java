package dev.scenecost.budget.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.SettingRanges;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.SceneNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded generators over the whole input surface (issue 13): every key of scenecost.json, every
 * note and every title-page entry, with values of every JSON type and of extreme sizes. The
 * invariants are those of {@link Invariants}, and every rejected value is named in a problem at its
 * line. Deterministic (fixed seeds) so a failure replays; the coverage-guided search is {@link
 * EstimateFuzzTest}.
 */
class GeneratedInputsTest {
  static final String FILM =
      "Title: Pier\n\nEXT. PIER - NIGHT\n\nWaves hit the pier. Mara waits under the lamp.\n\n"
          + "MARA\nHe said nine.\n\nINT. KITCHEN - DAY\n\nTom makes tea. A fight breaks out.\n";

  /** The model of the standard tier's video, which the defaults' catalog must keep. */
  private static final String STANDARD_VIDEO = "gemini/veo-3.1-fast-generate-preview";

  /** Values of every JSON type and of extreme sizes, as JSON text, then seeded random ones. */
  static List<String> values(long seed) {
    List<String> values =
        new ArrayList<>(
            List.of(
                "null",
                "true",
                "false",
                "0",
                "-0",
                "1",
                "-1",
                "0.5",
                "0.0001",
                "24.5",
                "1e-308",
                "4.9e-324",
                "1e308",
                "-1e308",
                "123456789012345678901234567890",
                "\"\"",
                "\" \"",
                "\"12\"",
                "\"$12,000\"",
                "\"-5\"",
                "\"NaN\"",
                "\"Infinity\"",
                "\"" + "9".repeat(400) + "\"",
                "\"" + "x".repeat(20_000) + "\"",
                "[]",
                "[1, 2]",
                "{}",
                "{\"a\": 1}",
                "[".repeat(100) + "]".repeat(100)));
    Random random = new Random(seed);
    for (int i = 0; i < 3; i++) {
      double magnitude = Math.pow(10, random.nextInt(-30, 30));
      values.add(Double.toString((random.nextDouble() - 0.2) * magnitude));
      values.add(Integer.toString(random.nextInt(-1000, 100_000)));
    }
    return values;
  }

  /** Every key of scenecost.json that holds a number, with {@code *} made a real name. */
  static List<List<String>> numericKeys() {
    List<List<String>> keys = new ArrayList<>();
    for (String key : SettingRanges.all().keySet()) {
      List<String> path = List.of(key.split("\\."));
      if (!key.contains("*")) {
        keys.add(path);
        continue;
      }
      List<String> names =
          switch (path.get(0)) {
            case "tiers" -> List.of("hero", "custom");
            case "catalog" -> List.of(STANDARD_VIDEO);
            default -> List.of("stunts");
          };
      for (String name : names) {
        List<String> named = new ArrayList<>(path);
        named.set(1, name);
        keys.add(named);
      }
    }
    return keys;
  }

  /** Keys that hold text, objects or lists: their values must never break the estimate either. */
  static final List<List<String>> OTHER_KEYS =
      List.of(
          List.of("currency"),
          List.of("currencySymbol"),
          List.of("defaultTier"),
          List.of("page"),
          List.of("yield"),
          List.of("prompt"),
          List.of("catalog"),
          List.of("catalog", STANDARD_VIDEO),
          List.of("catalog", STANDARD_VIDEO, "mode"),
          List.of("tiers"),
          List.of("tiers", "standard"),
          List.of("tiers", "standard", "video"),
          List.of("tiers", "standard", "video", "model"),
          List.of("tiers", "custom", "description"),
          List.of("effects"),
          List.of("effects", "stunts"),
          List.of("effects", "stunts", "terms"),
          List.of("usage"),
          List.of("unknownKey"));

  static Stream<List<String>> allKeys() {
    return Stream.concat(numericKeys().stream(), OTHER_KEYS.stream());
  }

  /** {@code {"a":\n{"b":\nVALUE}}}: the value stands alone on line {@code path.size() + 1}. */
  static String settingsWith(List<String> path, String value) {
    StringBuilder json = new StringBuilder();
    for (String key : path) {
      json.append("{\"").append(key).append("\":\n");
    }
    json.append(value);
    json.append("}".repeat(path.size()));
    return json.toString();
  }

  /** Where a value may be written as text, or left out with null, and still be read. */
  private static boolean mayBeTextOrNull(List<String> path, JsonElement value) {
    String key = path.get(path.size() - 1);
    boolean textAllowed =
        key.equals("budget") || key.equals("contingencyPercent") || path.get(0).equals("catalog");
    boolean nullAllowed =
        key.equals("budget")
            || path.get(0).equals("catalog")
            || (path.get(0).equals("tiers") && key.equals("generationsPerUsableSecond"));
    return (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && textAllowed)
        || (value.isJsonNull() && nullAllowed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allKeys")
  void everyKeyWithValuesOfEveryTypeAndSize(List<String> path) {
    SettingRanges.Range range = SettingRanges.of(path).orElse(null);
    for (String value : values(path.hashCode())) {
      String text = settingsWith(path, value);
      LoadedConfig loaded =
          assertTimeoutPreemptively(
              Invariants.GENEROUS, () -> ConfigLoader.fromText(text, "scenecost.json"));
      Invariants.estimate(FILM, loaded.config());
      if (range == null) {
        continue;
      }
      JsonElement parsed = JsonParser.parseString(value);
      boolean inRange =
          parsed.isJsonPrimitive()
              && parsed.getAsJsonPrimitive().isNumber()
              && range.contains(parsed.getAsDouble());
      if (inRange || mayBeTextOrNull(path, parsed)) {
        continue;
      }
      String key = path.get(path.size() - 1);
      int line = path.size() + 1;
      List<ConfigProblem> problems = loaded.problems();
      assertTrue(
          problems.stream()
              .anyMatch(
                  p ->
                      p.line() == line
                          && "scenecost.json".equals(p.file())
                          && (p.message().contains(key)
                              // a value too deeply nested is a syntax error at that place
                              || p.message().contains("Until it is fixed"))),
          String.join(".", path)
              + " = "
              + abbreviated(value)
              + " was rejected without a problem at line "
              + line
              + ": "
              + problems);
    }
  }

  private static String abbreviated(String value) {
    return value.length() > 80 ? value.substring(0, 77) + "..." : value;
  }

  /** Note and title-page values: readable ones, out-of-range ones, and junk of every size. */
  static List<String> textValues(long seed) {
    List<String> values =
        new ArrayList<>(
            List.of(
                "",
                " ",
                "0",
                "-5",
                "1",
                "5",
                "6",
                "high",
                "hero",
                "nonsense",
                "$150",
                "12k",
                "1.5M",
                "1e308",
                "9".repeat(400),
                "$" + "9".repeat(400),
                "99999999999:00",
                "0:00",
                "1:30",
                "24h",
                "25h",
                "86400",
                "86401",
                "9".repeat(400) + "s",
                "1m 30s",
                "25%",
                "1000%",
                "1001",
                "x".repeat(20_000),
                "é∂\u0000\uFFFD"));
    Random random = new Random(seed);
    for (int i = 0; i < 4; i++) {
      StringBuilder junk = new StringBuilder();
      int length = random.nextInt(1, 40);
      for (int c = 0; c < length; c++) {
        junk.append("0123456789:.,$%hms kKM-e ".charAt(random.nextInt(25)));
      }
      values.add(junk.toString().strip());
    }
    return values;
  }

  static Stream<String> noteKeys() {
    return Stream.of(
        SceneNote.TIER, SceneNote.BUDGET, SceneNote.DURATION, SceneNote.IMPORTANCE, "status");
  }

  @ParameterizedTest(name = "[[{0}: ...]]")
  @MethodSource("noteKeys")
  void everyNoteWithValuesOfEverySize(String key) {
    for (String value : textValues(key.hashCode())) {
      String note = "[[" + key + ": " + value.replace("]]", "] ]") + "]]";
      FilmEstimate film =
          Invariants.estimate(
              FILM.replace("Waves hit", note + "\n\nWaves hit"), ConfigLoader.defaults());
      SceneEstimate scene = film.scenes().get(0);
      for (SceneNote read : scene.notes()) {
        if (!read.valid()) {
          assertTrue(
              film.findings().stream().anyMatch(f -> read.range().equals(f.range())),
              note.length() > 80
                  ? note.substring(0, 80)
                  : note + " was rejected without a finding at the note");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}:")
  @MethodSource("titleKeys")
  void everyTitlePageEntryWithValuesOfEverySize(String key) {
    for (String value : textValues(key.hashCode())) {
      String fountain = FILM.replace("Title: Pier\n", "Title: Pier\n" + key + ": " + value + "\n");
      FilmEstimate film = Invariants.estimate(fountain, ConfigLoader.defaults());
      boolean reported =
          film.findings().stream()
              .map(Finding::code)
              .anyMatch(Set.of(FindingCode.MALFORMED_TITLE_ENTRY)::contains);
      boolean used = key.equals("Budget") ? film.budget() != null : film.contingencyPercent() != 25;
      // Either the value was used (in range: Invariants checked it) or a finding names it; an
      // empty entry is not an entry at all.
      assertTrue(
          used || reported || value.isBlank() || (key.equals("Contingency") && isTwentyFive(value)),
          key + ": " + (value.length() > 80 ? value.substring(0, 80) : value));
    }
  }

  private static boolean isTwentyFive(String value) {
    return value.replace("%", "").strip().matches("25(\\.0*)?");
  }

  static Stream<String> titleKeys() {
    return Stream.of("Budget", "Contingency");
  }

  /** The generators cover every key SettingRanges knows, so a new setting is fuzzed at once. */
  @org.junit.jupiter.api.Test
  void everyRangedKeyIsGenerated() {
    Set<String> generated = new java.util.HashSet<>();
    for (List<String> path : numericKeys()) {
      List<String> starred = new ArrayList<>(path);
      if (Set.of("tiers", "catalog", "effects").contains(path.get(0))) {
        starred.set(1, "*");
      }
      generated.add(String.join(".", starred));
    }
    for (Map.Entry<String, SettingRanges.Range> entry : SettingRanges.all().entrySet()) {
      assertTrue(generated.contains(entry.getKey()), entry.getKey());
    }
  }
}
