package dev.scenecost.budget.edit;

import dev.scenecost.budget.estimate.SceneNotes;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.SceneNote;
import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a scene's budget annotation so that it is the one the estimate reads: replaces the value
 * of the note that applies now (the first readable one with that key), or adds a note at the end of
 * the heading line (before a scene number, which must stay last). In a note holding several keys
 * ({@code [[tier: hero; importance: high]]}) only that key's value changes. A locked tier stays
 * locked.
 */
public final class SceneNoteEdits {
  private static final Pattern SCENE_NUMBER = Pattern.compile("\\s+#[\\w.-]+#\\s*$");

  private SceneNoteEdits() {}

  /**
   * The change setting {@code key} to {@code value} in the scene.
   *
   * @param lineText the current text of a line of the document, without its line break
   */
  public static TextChange set(
      SceneEstimate scene, String key, String value, IntFunction<String> lineText) {
    Optional<SceneNote> existing =
        scene.notes().stream()
            .filter(n -> n.key().equals(key) && n.valid())
            .findFirst()
            .or(() -> scene.note(key));
    if (existing.isPresent()) {
      SceneNote note = existing.get();
      String written = value;
      if (key.equals(SceneNote.TIER)) {
        SceneNotes.TierValue old = SceneNotes.TierValue.of(note.value());
        SceneNotes.TierValue wanted = SceneNotes.TierValue.of(value);
        if (old.locked() && !wanted.locked()) {
          written = value + ", " + SceneNotes.TierValue.LOCKED;
        }
      }
      return replaceValue(note, key, written, lineText);
    }
    int line = scene.headingRange().start().line();
    String text = lineText.apply(line);
    Matcher number = SCENE_NUMBER.matcher(text);
    int column = number.find() ? number.start() : stripEnd(text).length();
    return new TextChange(SourceRange.of(line, column, line, column), " " + note(key, value));
  }

  /** {@code [[key: value]]}. */
  public static String note(String key, String value) {
    return "[[" + key + ": " + value + "]]";
  }

  private static TextChange replaceValue(
      SceneNote note, String key, String value, IntFunction<String> lineText) {
    SourceRange range = note.range();
    StringBuilder text = new StringBuilder();
    for (int line = range.start().line(); line <= range.end().line(); line++) {
      String whole = lineText.apply(line);
      int from =
          line == range.start().line() ? Math.min(range.start().character(), whole.length()) : 0;
      int to =
          line == range.end().line()
              ? Math.min(range.end().character(), whole.length())
              : whole.length();
      text.append(whole, from, Math.max(from, to));
      if (line < range.end().line()) {
        text.append('\n');
      }
    }
    String noteText = text.toString();
    int open = noteText.startsWith("[[") ? 2 : 0;
    int close = noteText.endsWith("]]") ? noteText.length() - 2 : noteText.length();
    // Parts are separated as SceneNotes reads them: by ';' and line breaks.
    int parts = 0;
    int valueStart = -1;
    int valueEnd = -1;
    int partStart = open;
    for (int i = open; i <= close; i++) {
      if (i == close || noteText.charAt(i) == ';' || noteText.charAt(i) == '\n') {
        String part = noteText.substring(partStart, i);
        int colon = part.indexOf(':');
        if (colon >= 0) {
          parts++;
          String partKey = part.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          if (partKey.equals(key) && valueStart < 0) {
            valueStart = partStart + colon + 1;
            valueEnd = partStart + stripEnd(part).length();
          }
        }
        partStart = i + 1;
      }
    }
    if (valueStart < 0 || parts == 1) {
      return new TextChange(range, note(key, value));
    }
    return new TextChange(
        new SourceRange(
            position(range.start(), noteText, valueStart),
            position(range.start(), noteText, Math.max(valueStart, valueEnd))),
        " " + value);
  }

  /** The position of an offset into text that starts at {@code start}. */
  private static SourcePosition position(SourcePosition start, String text, int offset) {
    int line = start.line();
    int column = start.character();
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
    return new SourcePosition(line, column);
  }

  private static String stripEnd(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
