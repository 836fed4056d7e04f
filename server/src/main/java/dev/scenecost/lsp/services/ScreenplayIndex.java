package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.lsp.document.LineIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who speaks where and which scenes share a location, with the exact source spans of names, for
 * rename, references and completion. Built once per analysis, from the parse alone.
 */
public final class ScreenplayIndex {
  /** Where a name is written: a cue or a mention in capitals in an action paragraph. */
  public record NameSpan(Scene scene, SourceRange range, boolean inCue) {}

  private final Screenplay screenplay;
  private final LineIndex lines;
  private final Map<String, List<CharacterCue>> cuesByName = new LinkedHashMap<>();
  private final Map<String, String> locationsByKey = new LinkedHashMap<>();

  public ScreenplayIndex(Screenplay screenplay, LineIndex lines) {
    this.screenplay = screenplay;
    this.lines = lines;
    for (Scene scene : screenplay.scenes()) {
      String location = scene.heading().location();
      if (location != null && !location.isBlank()) {
        locationsByKey.putIfAbsent(key(location), location.trim());
      }
    }
    for (Element element : screenplay.elements()) {
      if (element instanceof CharacterCue cue && !cue.name().isBlank()) {
        cuesByName.computeIfAbsent(key(cue.name()), k -> new ArrayList<>()).add(cue);
      }
    }
  }

  static String key(String name) {
    return name.trim().toUpperCase(Locale.ROOT);
  }

  /** Character names as first written, in order of first cue. */
  public List<String> characterNames() {
    List<String> names = new ArrayList<>();
    cuesByName.values().forEach(cues -> names.add(cues.get(0).name().trim()));
    return names;
  }

  public boolean isCharacter(String name) {
    return cuesByName.containsKey(key(name));
  }

  public List<CharacterCue> cues(String name) {
    return cuesByName.getOrDefault(key(name), List.of());
  }

  /** Locations as first written in a heading, in order of first appearance. */
  public List<String> locations() {
    return List.copyOf(locationsByKey.values());
  }

  /** Locations written in headings other than the one on {@code line} (the one being typed). */
  public List<String> locationsExceptLine(int line) {
    Map<String, String> result = new LinkedHashMap<>();
    for (Scene scene : screenplay.scenes()) {
      String location = scene.heading().location();
      if (scene.heading().range().start().line() != line
          && location != null
          && !location.isBlank()) {
        result.putIfAbsent(key(location), location.trim());
      }
    }
    return List.copyOf(result.values());
  }

  /** Every scene at a location (same name, ignoring case), in screenplay order. */
  public List<Scene> scenesAt(String location) {
    String wanted = key(location);
    return screenplay.scenes().stream()
        .filter(s -> s.heading().location() != null && key(s.heading().location()).equals(wanted))
        .toList();
  }

  /** The span of a cue's name in the source (after a forcing {@code @}, before extensions). */
  public SourceRange nameSpanOf(CharacterCue cue) {
    int line = cue.range().start().line();
    String text = lines.line(line);
    int from = Math.min(cue.range().start().character(), text.length());
    int at = text.toUpperCase(Locale.ROOT).indexOf(key(cue.name()), from);
    if (at < 0) {
      at = from;
    }
    return SourceRange.of(line, at, line, at + cue.name().trim().length());
  }

  /**
   * Every place the character's name is written: each cue, and each whole-word mention in action
   * written in capitals ({@code EDWARD}) or capitalised ({@code Edward}).
   */
  public List<NameSpan> nameSpans(String name) {
    String upper = key(name);
    String capitalised = capitalise(upper);
    List<NameSpan> spans = new ArrayList<>();
    for (Scene scene : screenplay.scenes()) {
      collect(scene.elements(), scene, upper, capitalised, spans);
    }
    collect(screenplay.preamble(), null, upper, capitalised, spans);
    spans.sort((a, b) -> a.range().start().compareTo(b.range().start()));
    return spans;
  }

  /** Scenes in which the character speaks or is mentioned in action, in screenplay order. */
  public List<Scene> scenesWith(String name) {
    Set<Scene> scenes = new LinkedHashSet<>();
    for (NameSpan span : nameSpans(name)) {
      if (span.scene() != null) {
        scenes.add(span.scene());
      }
    }
    return screenplay.scenes().stream().filter(scenes::contains).toList();
  }

  private void collect(
      List<Element> elements, Scene scene, String upper, String capitalised, List<NameSpan> out) {
    for (Element element : elements) {
      if (element instanceof CharacterCue cue && key(cue.name()).equals(upper)) {
        out.add(new NameSpan(scene, nameSpanOf(cue), true));
      } else if (element instanceof Action) {
        SourceRange range = element.range();
        for (int line = range.start().line(); line <= range.end().line(); line++) {
          findWords(lines.line(line), line, upper, scene, out);
          if (!capitalised.equals(upper)) {
            findWords(lines.line(line), line, capitalised, scene, out);
          }
        }
      }
    }
  }

  private static void findWords(
      String text, int line, String word, Scene scene, List<NameSpan> out) {
    int from = 0;
    while (true) {
      int at = text.indexOf(word, from);
      if (at < 0) {
        return;
      }
      int end = at + word.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        out.add(new NameSpan(scene, SourceRange.of(line, at, line, end), false));
      }
      from = end;
    }
  }

  /** {@code EDWARD BLOOM} becomes {@code Edward Bloom}. */
  static String capitalise(String upper) {
    StringBuilder result = new StringBuilder(upper.length());
    boolean startOfWord = true;
    for (char c : upper.toCharArray()) {
      result.append(startOfWord ? c : Character.toLowerCase(c));
      startOfWord = !Character.isLetter(c);
    }
    return result.toString();
  }
}
