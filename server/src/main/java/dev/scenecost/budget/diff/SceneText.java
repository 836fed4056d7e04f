package dev.scenecost.budget.diff;

import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.ElementType;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a scene's heading and of its body, for telling whether two scenes are one. */
record SceneText(Set<String> heading, Set<String> body) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  static SceneText of(Scene scene) {
    StringBuilder body = new StringBuilder();
    for (Element element : scene.elements()) {
      // Budget notes ([[tier: hero]]) are how a scene is costed, not what it is.
      if (element.type() != ElementType.NOTE) {
        body.append(element.text()).append('\n');
      }
    }
    return new SceneText(words(scene.heading().text()), words(body));
  }

  /**
   * How alike two scenes are, from 0 to 1: mostly what happens in them (the body's words), partly
   * where (the heading's), so a scene moved to another location or lightly rewritten is still
   * itself. Two empty scenes are alike only by their headings.
   */
  double similarity(SceneText other) {
    double headings = jaccard(heading, other.heading);
    if (body.isEmpty() && other.body.isEmpty()) {
      return headings;
    }
    return 0.3 * headings + 0.7 * jaccard(body, other.body);
  }

  private static Set<String> words(CharSequence text) {
    Set<String> words = new HashSet<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int shared = 0;
    for (String word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
