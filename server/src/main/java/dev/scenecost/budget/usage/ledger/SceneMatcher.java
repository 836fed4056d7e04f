package dev.scenecost.budget.usage.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties ledger rows to the screenplay's scenes, accepting every label the reports show:
 *
 * <ul>
 *   <li>a scene number ({@code 12}, {@code #12#}, {@code Scene 12}, case ignored);
 *   <li>in a screenplay without scene numbers, a position from 1 ({@code 3}), as the report labels
 *       such scenes; in one where some scenes are numbered, a number names the numbered scene and a
 *       position is written as the report shows it, {@code (6)} (accepted in any screenplay);
 *   <li>the heading text, case and spacing ignored;
 *   <li>what the tool writes: a label with the heading beside it, {@code 3 (INT. KITCHEN - DAY)}.
 *       When the scene so labelled no longer has that heading (scenes were inserted, moved or
 *       renumbered since), the row is reported as moved and charged to no scene, rather than to
 *       whichever scene now has the label.
 * </ul>
 *
 * A row that names no scene, or a label several scenes share, stays in the totals and is reported
 * with the candidates.
 */
public final class SceneMatcher {
  private static final Pattern NUMBER =
      Pattern.compile("(?i)^(?:scene|sc\\.?)?\\s*#?\\s*([^#\\s]+)\\s*#?$");
  private static final Pattern HEADING_NUMBER = Pattern.compile("\\s*#[^#]*#\\s*$");
  private static final Pattern POSITION = Pattern.compile("^\\(\\s*(\\d+)\\s*\\)$");
  private static final Pattern WHOLE = Pattern.compile("\\d+");

  /** {@code LABEL (HEADING)}: a label without spaces, or a position in parentheses. */
  private static final Pattern LABEL_AND_HEADING =
      Pattern.compile("^(\\(\\s*\\d+\\s*\\)|[^\\s(]+)\\s+\\((.+)\\)$");

  private final List<SceneRef> scenes;
  private final boolean filmNumbered;

  private Map<String, List<SceneRef>> byNumber;
  private Map<String, List<SceneRef>> byHeading;

  public SceneMatcher(List<SceneRef> scenes) {
    this.scenes = List.copyOf(scenes);
    this.filmNumbered = scenes.stream().anyMatch(s -> s.number() != null);
  }

  /**
   * The scenes by number and by heading, made when a first row is matched: the language server
   * matches the ledger again after every keystroke, and most screenplays have no ledger rows.
   */
  private synchronized void index() {
    if (byHeading != null) {
      return;
    }
    Map<String, List<SceneRef>> numbers = new LinkedHashMap<>();
    Map<String, List<SceneRef>> headings = new LinkedHashMap<>();
    for (SceneRef scene : scenes) {
      if (scene.number() != null) {
        numbers
            .computeIfAbsent(scene.number().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
            .add(scene);
      }
      headings.computeIfAbsent(headingKey(scene.heading()), k -> new ArrayList<>()).add(scene);
    }
    byNumber = numbers;
    byHeading = headings;
  }

  /** The scenes the ledger's scene value could mean: one, none, or several when ambiguous. */
  public List<SceneRef> candidates(String ledgerScene) {
    Resolution resolution = resolve(ledgerScene);
    return resolution.movedFrom() != null ? List.of() : resolution.candidates();
  }

  /**
   * What a scene value names.
   *
   * @param candidates the scenes it could mean
   * @param movedFrom for {@code LABEL (HEADING)} whose labelled scene has another heading now: the
   *     heading written; else null
   */
  record Resolution(List<SceneRef> candidates, String movedFrom) {}

  Resolution resolve(String ledgerScene) {
    index();
    String value = ledgerScene.trim();
    List<SceneRef> byLabel = byLabel(value);
    if (byLabel != null) {
      return new Resolution(byLabel, null);
    }
    List<SceneRef> headed = byHeading.get(headingKey(value));
    if (headed != null) {
      return new Resolution(headed, null);
    }
    Matcher both = LABEL_AND_HEADING.matcher(value);
    if (both.matches()) {
      List<SceneRef> labelled = byLabel(both.group(1));
      String heading = both.group(2).trim();
      if (labelled != null && labelled.size() == 1) {
        boolean same = headingKey(labelled.get(0).heading()).equals(headingKey(heading));
        return new Resolution(labelled, same ? null : heading);
      }
      return new Resolution(byHeading.getOrDefault(headingKey(heading), List.of()), null);
    }
    return new Resolution(List.of(), null);
  }

  /** The scenes a label names (number, position, {@code (position)}), or null if it is none. */
  private List<SceneRef> byLabel(String value) {
    index();
    Matcher position = POSITION.matcher(value);
    if (position.matches()) {
      return atPosition(position.group(1));
    }
    Matcher number = NUMBER.matcher(value);
    if (number.matches()) {
      List<SceneRef> numbered = byNumber.get(number.group(1).toUpperCase(Locale.ROOT));
      if (numbered != null) {
        return numbered;
      }
      if (!filmNumbered && WHOLE.matcher(number.group(1)).matches()) {
        return atPosition(number.group(1));
      }
    }
    return null;
  }

  private List<SceneRef> atPosition(String digits) {
    int position;
    try {
      position = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return null;
    }
    return position >= 1 && position <= scenes.size() ? List.of(scenes.get(position - 1)) : null;
  }

  /**
   * How the report labels a scene: its number, else its position, in parentheses when others are
   * numbered.
   */
  public String label(SceneRef scene) {
    if (scene.number() != null) {
      return scene.number();
    }
    String position = Integer.toString(scene.index() + 1);
    return filmNumbered ? "(" + position + ")" : position;
  }

  /**
   * What a row the tool writes puts in its scene column: the report's label with the heading beside
   * it, {@code 3 (INT. KITCHEN - DAY)}, so a row whose scene has moved since is noticed.
   */
  public String written(SceneRef scene) {
    return label(scene) + " (" + scene.heading() + ")";
  }

  /** Matches every row of the ledger. */
  public UsageByScene match(Ledger ledger) {
    Map<Integer, List<UsageEntry>> byScene = new LinkedHashMap<>();
    List<UsageEntry> unmatched = new ArrayList<>();
    List<LedgerProblem> problems = new ArrayList<>();
    for (UsageEntry entry : ledger.entries()) {
      Resolution resolution = resolve(entry.scene());
      List<SceneRef> candidates = resolution.candidates();
      if (resolution.movedFrom() != null) {
        unmatched.add(entry);
        problems.add(moved(ledger, entry, candidates.get(0), resolution.movedFrom()));
        continue;
      }
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
                      + " scenes: "
                      + String.join(", ", candidates.stream().map(this::describe).toList())
                      + ". This row counts in the film's spend but not in any scene's. "
                      + "Write the label of the one it is for, as the report shows it"
                      + (filmNumbered ? "" : ", or number the scenes (#1#, #2#...)")
                      + ".",
                  false));
    }
    return new UsageByScene(byScene, unmatched, problems);
  }

  private LedgerProblem moved(Ledger ledger, UsageEntry entry, SceneRef now, String heading) {
    index();
    List<SceneRef> headed = byHeading.getOrDefault(headingKey(heading), List.of());
    String where =
        headed.size() == 1
            ? " The scene headed " + heading + " is now scene " + label(headed.get(0)) + "."
            : headed.isEmpty() ? " No scene is headed " + heading + " any more." : "";
    return new LedgerProblem(
        ledger.file(),
        entry.line(),
        LedgerProblem.CODE_SCENE_MOVED,
        "This row was written for \""
            + entry.scene()
            + "\", but scene "
            + label(now)
            + " is now "
            + now.heading()
            + "."
            + where
            + " The row counts in the film's spend but not in any scene's until its scene is"
            + " corrected.",
        false);
  }

  /** {@code scene 3 (INT. KITCHEN - DAY)}, with the report's label. */
  private String describe(SceneRef scene) {
    return "scene " + label(scene) + " (" + scene.heading() + ")";
  }

  /** Points at the one heading that starts like the value, if there is one. */
  private String suggestion(String ledgerScene) {
    index();
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
      return "Did you mean " + describe(scene) + "? Write \"" + label(scene) + "\".";
    }
    return "Write the scene's label as the report shows it, or its heading exactly as in the"
        + " screenplay.";
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
