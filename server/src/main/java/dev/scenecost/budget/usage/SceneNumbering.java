package dev.scenecost.budget.usage;

import dev.scenecost.budget.usage.ledger.SceneRef;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourcePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans "Number all scenes": a number for every scene that has none, never touching an existing
 * one, so ledger rows stay tied to their scenes when headings are edited. Unnumbered scenes take
 * the next whole number when it is free before the next numbered scene; a scene squeezed in between
 * takes a letter, as on a shooting script ({@code 4A}, {@code 4B}; before scene 1, {@code A1}).
 */
public final class SceneNumbering {
  private static final Pattern NUMBER = Pattern.compile("(\\d+)([A-Za-z]*)");

  private SceneNumbering() {}

  /**
   * A number to insert.
   *
   * @param scene the scene that gets it
   * @param number the number ({@code 5}, {@code 4A})
   * @param insertAt where to insert {@link #text()}: the end of the heading
   */
  public record Addition(SceneRef scene, String number, SourcePosition insertAt) {
    /** What to insert: a space and the number between {@code #} marks. */
    public String text() {
      return " #" + number + "#";
    }
  }

  public static List<Addition> plan(Screenplay screenplay) {
    List<Scene> scenes = screenplay.scenes();
    Set<String> used = new HashSet<>();
    for (Scene scene : scenes) {
      if (numberOf(scene) != null) {
        used.add(numberOf(scene).toUpperCase(Locale.ROOT));
      }
    }
    List<Addition> additions = new ArrayList<>();
    int base = 0;
    String suffix = "";
    for (int i = 0; i < scenes.size(); i++) {
      Scene scene = scenes.get(i);
      String existing = numberOf(scene);
      if (existing != null) {
        Matcher parsed = NUMBER.matcher(existing);
        if (parsed.matches()) {
          base = Integer.parseInt(parsed.group(1));
          suffix = parsed.group(2).toUpperCase(Locale.ROOT);
        }
        continue;
      }
      int nextBase = nextBase(scenes, i);
      String number;
      if (base + 1 < nextBase && !used.contains(Integer.toString(base + 1))) {
        base++;
        suffix = "";
        number = Integer.toString(base);
      } else {
        do {
          suffix = nextLetters(suffix);
          number = base == 0 ? suffix + nextBase : base + suffix;
        } while (used.contains(number));
      }
      used.add(number);
      additions.add(new Addition(SceneRef.of(scene), number, scene.heading().range().end()));
    }
    return additions;
  }

  private static String numberOf(Scene scene) {
    String number = scene.heading().sceneNumber();
    return number == null || number.isBlank() ? null : number.trim();
  }

  /** The whole number of the next numbered scene after {@code index}, or "no limit". */
  private static int nextBase(List<Scene> scenes, int index) {
    for (int j = index + 1; j < scenes.size(); j++) {
      String number = numberOf(scenes.get(j));
      Matcher parsed = number == null ? null : NUMBER.matcher(number);
      if (parsed != null && parsed.matches()) {
        return Integer.parseInt(parsed.group(1));
      }
    }
    return Integer.MAX_VALUE;
  }

  /** "" → A, A → B, Z → AA. */
  static String nextLetters(String letters) {
    if (letters.isEmpty()) {
      return "A";
    }
    char last = letters.charAt(letters.length() - 1);
    String head = letters.substring(0, letters.length() - 1);
    return last < 'Z' ? head + (char) (last + 1) : nextLetters(head) + "A";
  }
}
