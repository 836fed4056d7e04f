package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.Names;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.SettingRanges;
import dev.scenecost.budget.config.ValueParsers;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.SceneNote;
import dev.scenecost.budget.result.Severity;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.node.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The budget annotations of a scene: {@code [[tier: hero]]}, {@code [[budget: $150]]}, {@code
 * [[duration: 45s]]}, {@code [[importance: high]]}. A note may hold several, separated by {@code ;}
 * or line breaks. Other notes are the writer's own and are ignored. When a key appears twice, the
 * first readable value wins. A tier may be locked, {@code [[tier: hero, locked]]}: {@code scenecost
 * fit} never changes it.
 *
 * @param tierLocked true when the tier that applies was written with {@code , locked}
 */
public record SceneNotes(
    String tier,
    boolean tierLocked,
    Double budget,
    Double durationSeconds,
    Integer importance,
    List<SceneNote> notes,
    List<Finding> findings) {

  public static SceneNotes read(Scene scene, ProjectConfig config) {
    String tier = null;
    boolean locked = false;
    Double budget = null;
    Double duration = null;
    Integer importance = null;
    List<SceneNote> notes = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Note note : scene.allNotes()) {
      for (String part : note.text().split("[;\n]")) {
        int colon = part.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String key = part.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = part.substring(colon + 1).trim();
        switch (key) {
          case SceneNote.TIER -> {
            TierValue parsed = TierValue.of(value);
            boolean known = config.tier(parsed.name()).isPresent();
            boolean flagsRead = parsed.unknownFlag() == null;
            notes.add(new SceneNote(key, value, note.range(), known));
            if (!known) {
              findings.add(unknownTier(scene, note, parsed.name(), config));
            } else if (!flagsRead) {
              findings.add(
                  malformed(
                      scene,
                      note,
                      "Can't read \""
                          + parsed.unknownFlag()
                          + "\" after the tier; the only word allowed there is \"locked\", as in"
                          + " [[tier: "
                          + parsed.name()
                          + ", locked]]. The tier applies, unlocked."));
            }
            if (known && tier == null) {
              tier = config.tier(parsed.name()).get().name();
              locked = parsed.locked();
            }
          }
          case SceneNote.BUDGET -> {
            OptionalDouble amount = ValueParsers.money(value);
            notes.add(
                new SceneNote(
                    key,
                    value,
                    note.range(),
                    amount.isPresent() && amount.getAsDouble() <= SettingRanges.MAX_MONEY));
            if (amount.isEmpty()) {
              findings.add(
                  malformed(
                      scene,
                      note,
                      "Can't read the budget \""
                          + shown(value)
                          + "\"; write an amount like [[budget: $150]]."));
            } else if (amount.getAsDouble() > SettingRanges.MAX_MONEY) {
              findings.add(
                  malformed(
                      scene,
                      note,
                      "The budget \""
                          + shown(value)
                          + "\" is more than "
                          + config.currencySymbol()
                          + Amounts.count((long) SettingRanges.MAX_MONEY)
                          + ", the most Scenecost reads; the scene has no budget of its own."));
            } else if (budget == null) {
              budget = amount.getAsDouble();
            }
          }
          case SceneNote.DURATION -> {
            OptionalDouble seconds = ValueParsers.durationSeconds(value);
            notes.add(
                new SceneNote(
                    key,
                    value,
                    note.range(),
                    seconds.isPresent()
                        && seconds.getAsDouble() <= SettingRanges.MAX_SCENE_SECONDS));
            if (seconds.isEmpty()) {
              findings.add(
                  malformed(
                      scene,
                      note,
                      "Can't read the duration \""
                          + shown(value)
                          + "\"; write it like [[duration: 45s]] or [[duration: 1m 30s]]."));
            } else if (seconds.getAsDouble() > SettingRanges.MAX_SCENE_SECONDS) {
              findings.add(
                  malformed(
                      scene,
                      note,
                      "The duration \""
                          + shown(value)
                          + "\" is longer than a day (24h), the most a scene may run;"
                          + " the screen time is measured from the page instead."));
            } else if (duration == null) {
              duration = seconds.getAsDouble();
            }
          }
          case SceneNote.IMPORTANCE -> {
            OptionalInt level = ValueParsers.importance(value);
            notes.add(new SceneNote(key, value, note.range(), level.isPresent()));
            if (level.isEmpty()) {
              findings.add(
                  malformed(
                      scene,
                      note,
                      "Can't read the importance \""
                          + shown(value)
                          + "\"; use low, normal, high or a number from 1 to 5."));
            } else if (importance == null) {
              importance = level.getAsInt();
            }
          }
          default -> {
            // An ordinary writer's note.
          }
        }
      }
    }
    return new SceneNotes(tier, locked, budget, duration, importance, notes, findings);
  }

  /**
   * A tier note's value: the tier's name, then optionally {@code , locked}.
   *
   * @param unknownFlag a word after the comma that is not {@code locked}, or null
   */
  public record TierValue(String name, boolean locked, String unknownFlag) {
    public static final String LOCKED = "locked";

    public static TierValue of(String value) {
      String[] parts = value.split(",", -1);
      boolean locked = false;
      String unknown = null;
      for (int i = 1; i < parts.length; i++) {
        String flag = parts[i].trim();
        if (flag.isEmpty()) {
          continue;
        }
        if (flag.equalsIgnoreCase(LOCKED)) {
          locked = true;
        } else if (unknown == null) {
          unknown = flag;
        }
      }
      return new TierValue(parts[0].trim(), locked, unknown);
    }
  }

  private static Finding unknownTier(Scene scene, Note note, String value, ProjectConfig config) {
    List<String> names = new ArrayList<>(config.tiers().keySet());
    List<String> close = Names.ranked(value, names, 3);
    List<String> suggestions = close.isEmpty() ? names : close;
    String message =
        value.isEmpty()
            ? "The tier note is empty; write one of " + String.join(", ", names) + "."
            : "There is no tier \""
                + value
                + "\""
                + (close.isEmpty() ? "" : "; did you mean \"" + close.get(0) + "\"?")
                + " Tiers: "
                + String.join(", ", names)
                + ". This scene is estimated at \""
                + config.defaultTier()
                + "\" until then.";
    return new Finding(
        FindingCode.UNKNOWN_TIER,
        Severity.ERROR,
        message,
        scene.index(),
        note.range(),
        List.of(),
        suggestions);
  }

  /** A value as quoted in a message: a pasted page is shown by its start. */
  static String shown(String value) {
    return value.length() > 60 ? value.substring(0, 57) + "..." : value;
  }

  private static Finding malformed(Scene scene, Note note, String message) {
    return new Finding(
        FindingCode.MALFORMED_NOTE,
        Severity.WARNING,
        message,
        scene.index(),
        note.range(),
        List.of(),
        List.of());
  }
}
