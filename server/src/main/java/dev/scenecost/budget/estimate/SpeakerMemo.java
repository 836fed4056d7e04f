package dev.scenecost.budget.estimate;

import dev.scenecost.budget.estimate.memo.Generations;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every speaking character's name in a screenplay (action is searched for them in capitals), read
 * again only from the scenes that changed since the last estimate of the same screenplay. A scene
 * the parser kept from the previous parse keeps its body, the same list object, so the names of a
 * body are remembered by identity; reading every cue of a long screenplay on each keystroke took a
 * sixth of an estimate. Thread-safe; holds one generation per screenplay ({@link Generations}).
 */
public final class SpeakerMemo {
  private final Generations<Map<List<Element>, Set<String>>> generations = new Generations<>();

  /**
   * The names, upper case and trimmed, of every character with a cue in the scenes.
   *
   * @param lineage what the screenplay is known by from one estimate to the next, or null
   * @param scenes its scenes
   * @return the names
   */
  public Set<String> speakers(Object lineage, List<Scene> scenes) {
    Map<List<Element>, Set<String>> previous = generations.previous(lineage);
    Map<List<Element>, Set<String>> next = new IdentityHashMap<>(scenes.size() * 2);
    Set<String> all = new HashSet<>();
    for (Scene scene : scenes) {
      List<Element> body = scene.elements();
      Set<String> names = previous == null ? null : previous.get(body);
      if (names == null) {
        names = namesIn(body);
      }
      next.put(body, names);
      all.addAll(names);
    }
    generations.keep(lineage, next);
    return all;
  }

  private static Set<String> namesIn(List<Element> body) {
    Set<String> names = new HashSet<>(4);
    for (Element element : body) {
      if (element instanceof CharacterCue cue && !cue.name().isBlank()) {
        names.add(cue.name().trim().toUpperCase(Locale.ROOT));
      }
    }
    return names.isEmpty() ? Set.of() : names;
  }
}
