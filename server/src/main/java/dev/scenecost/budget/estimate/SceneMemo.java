package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Note;
import dev.scenecost.jfountain.node.SceneHeading;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers scene analyses by everything they depend on: the scene's position, elements, text and
 * ranges, the configuration and the film's speaking characters. After an edit that does not move
 * lines, only the edited scene is analysed again. Thread-safe; bounded (cleared when full).
 */
public final class SceneMemo {
  private static final int MAX_CONTEXTS = 16;
  private static final int MAX_SCENES = 20_000;

  /** What analyses depend on besides the scene itself. */
  private record Context(ProjectConfig config, Set<String> speakers) {}

  private final Map<Context, Map<String, SceneAnalysis>> memo = new ConcurrentHashMap<>();

  /** The analyses of one estimate's context: its configuration and speakers. */
  public Function<Scene, SceneAnalysis> forContext(
      ProjectConfig config, Set<String> speakers, Function<Scene, SceneAnalysis> analyze) {
    Context context = new Context(config, Set.copyOf(speakers));
    if (memo.size() >= MAX_CONTEXTS && !memo.containsKey(context)) {
      memo.clear();
    }
    Map<String, SceneAnalysis> scenes =
        memo.computeIfAbsent(context, c -> new ConcurrentHashMap<>());
    return scene -> {
      String key = fingerprint(scene);
      SceneAnalysis known = scenes.get(key);
      if (known != null) {
        return known;
      }
      SceneAnalysis analysis = analyze.apply(scene);
      if (scenes.size() >= MAX_SCENES) {
        scenes.clear();
      }
      scenes.put(key, analysis);
      return analysis;
    };
  }

  /** Scenes remembered across contexts (for tests and benchmarks). */
  public int size() {
    return memo.values().stream().mapToInt(Map::size).sum();
  }

  static String fingerprint(Scene scene) {
    StringBuilder key = new StringBuilder(512);
    key.append(scene.index()).append('|');
    range(key, scene.range());
    SceneHeading heading = scene.heading();
    element(key, heading);
    key.append(heading.forced())
        .append('|')
        .append(heading.sceneNumber())
        .append('|')
        .append(heading.prefix())
        .append('|')
        .append(heading.location())
        .append('|')
        .append(heading.timeOfDay())
        .append('|');
    for (Element element : scene.elements()) {
      element(key, element);
      if (element instanceof CharacterCue cue) {
        key.append(cue.name())
            .append('|')
            .append(cue.extensions())
            .append('|')
            .append(cue.dual())
            .append(cue.forced())
            .append('|');
      } else if (element instanceof Action action) {
        key.append(action.forced()).append('|');
      } else if (element instanceof Note note) {
        key.append(note.inline()).append('|');
      }
    }
    return key.toString();
  }

  private static void element(StringBuilder key, Element element) {
    key.append('\u0001').append(element.type().ordinal()).append('|');
    range(key, element.range());
    key.append(element.text()).append('\u0002');
    for (Note note : element.notes()) {
      range(key, note.range());
      key.append(note.text()).append('\u0003');
    }
  }

  private static void range(StringBuilder key, SourceRange range) {
    key.append(range.start().line())
        .append(':')
        .append(range.start().character())
        .append('-')
        .append(range.end().line())
        .append(':')
        .append(range.end().character())
        .append('|');
  }
}
