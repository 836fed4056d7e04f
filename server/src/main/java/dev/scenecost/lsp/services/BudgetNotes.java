package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.node.Note;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the budget annotations a writer puts in notes: {@code [[tier: hero]]} and its kin. */
final class BudgetNotes {
  static final String TIER = "tier";
  static final String BUDGET = "budget";
  static final Set<String> KEYS = Set.of(TIER, BUDGET, "duration", "importance");
  private static final Pattern KEY_VALUE =
      Pattern.compile("^\\s*([A-Za-z]+)\\s*:\\s*(.*?)\\s*$", Pattern.DOTALL);

  private BudgetNotes() {}

  /** A {@code key: value} annotation; the key in lower case. */
  record Annotation(String key, String value) {}

  static Optional<Annotation> read(String noteText) {
    Matcher matcher = KEY_VALUE.matcher(noteText);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String key = matcher.group(1).toLowerCase(Locale.ROOT);
    return KEYS.contains(key)
        ? Optional.of(new Annotation(key, matcher.group(2)))
        : Optional.empty();
  }

  static boolean isBudgetNote(String noteText) {
    return read(noteText).isPresent();
  }

  /** The scene's first note with the given key, such as its {@code [[tier: ...]]}. */
  static Optional<Note> find(Scene scene, String key) {
    return scene.allNotes().stream()
        .filter(note -> read(note.text()).map(a -> a.key().equals(key)).orElse(false))
        .findFirst();
  }
}
