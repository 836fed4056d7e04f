package dev.scenecost.budget.usage.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties ledger rows to the screenplay's scenes: by scene number first ({@code 12}, {@code #12#},
 * {@code Scene 12}, case ignored), then by heading text with case and spacing ignored. A row that
 * names no scene, or a heading shared by several scenes, stays in the totals and is reported.
 */
public final class SceneMatcher {
  private static final Pattern NUMBER =
      Pattern.compile("(?i)^(?:scene|sc\\.?)?\\s*#?\\s*([^#\\s]+)\\s*#?$");
  private static final Pattern HEADING_NUMBER = Pattern.compile("\\s*#[^#]*#\\s*$");

  private final Map<String, List<SceneRef>> byNumber = new LinkedHashMap<>();
  private final Map<String, List<SceneRef>> byHeading = new LinkedHashMap<>();

  public SceneMatcher(List<SceneRef> scenes) {
    for (SceneRef scene : scenes) {
      if (scene.number() != null) {
        byNumber
            .computeIfAbsent(scene.number().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
            .add(scene);
      }
      byHeading.computeIfAbsent(headingKey(scene.heading()), k -> new ArrayList<>()).add(scene);
    }
  }

  /** The scenes the ledger's scene value could mean: one, none, or several when ambiguous. */
  public List<SceneRef> candidates(String ledgerScene) {
    String value = ledgerScene.trim();
    Matcher number = NUMBER.matcher(value);
    if (number.matches()) {
      List<SceneRef> numbered = byNumber.get(number.group(1).toUpperCase(Locale.ROOT));
      if (numbered != null) {
        return numbered;
      }
    }
    return byHeading.getOrDefault(headingKey(value), List.of());
  }

  /** Matches every row of the ledger. */
  public UsageByScene match(Ledger ledger) {
    Map<Integer, List<UsageEntry>> byScene = new LinkedHashMap<>();
    List<UsageEntry> unmatched = new ArrayList<>();
    List<LedgerProblem> problems = new ArrayList<>();
    for (UsageEntry entry : ledger.entries()) {
      List<SceneRef> candidates = candidates(entry.scene());
      if (candidates.size() == 1) {
        byScene.computeIfAbsent(candidates.get(0).index(), k -> new ArrayList<>()).add(entry);
        continue;
      }
      unmatched.add(entry);
      problems.add(
          candidates.isEmpty()
              ? new LedgerProblem(
                  ledger.file(),
                  entry.line(),
                  LedgerProblem.CODE_UNKNOWN_SCENE,
                  "The screenplay has no scene \""
                      + entry.scene()
                      + "\". This row counts in the "
                      + "film's spend but not in any scene's. "
                      + suggestion(entry.scene()),
                  false)
              : new LedgerProblem(
                  ledger.file(),
                  entry.line(),
                  LedgerProblem.CODE_AMBIGUOUS_SCENE,
                  "\""
                      + entry.scene()
                      + "\" could be any of "
                      + candidates.size()
                      + " scenes with "
                      + "that heading. This row counts in the film's spend but not in any scene's. "
                      + "Number the scenes (#1#, #2#...) and write the number here.",
                  false));
    }
    return new UsageByScene(byScene, unmatched, problems);
  }

  /** Points at the one heading that starts like the value, if there is one. */
  private String suggestion(String ledgerScene) {
    String key = headingKey(ledgerScene);
    List<SceneRef> alike =
        key.length() < 4
            ? List.of()
            : byHeading.entrySet().stream()
                .filter(e -> e.getKey().startsWith(key))
                .flatMap(e -> e.getValue().stream())
                .toList();
    if (alike.size() == 1) {
      SceneRef scene = alike.get(0);
      return "Did you mean " + scene.describe() + "? Write \"" + scene.ledgerLabel() + "\".";
    }
    return "Write the scene's number, or its heading exactly as in the screenplay.";
  }

  /** Heading text compared without case, forcing dot, scene number or extra spaces. */
  static String headingKey(String heading) {
    String text = HEADING_NUMBER.matcher(heading.trim()).replaceFirst("");
    if (text.startsWith(".") && !text.startsWith("..")) {
      text = text.substring(1);
    }
    return text.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }
}
