package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.estimate.memo.Generations;
import dev.scenecost.budget.estimate.memo.RecordGraph;
import dev.scenecost.budget.estimate.memo.SizedMemo;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Note;
import dev.scenecost.jfountain.node.SceneHeading;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Remembers scene analyses by what they depend on, so that re-estimating after an edit analyses
 * only the edited scene.
 *
 * <ul>
 *   <li>The key is the scene's <em>content</em>: its elements, their text and flags, and their
 *       ranges counted from the scene's first line, never its position in the film. Inserting a
 *       line above a scene moves it but leaves its key alone.
 *   <li>The configuration the analysis used (one memo serves every configuration).
 *   <li>The film's speaking characters, but only as far as the analysis asked about them: the
 *       analysis sees the set through a recorder, and a remembered analysis stands while every name
 *       it asked about gets the same answer. Typing a new character's cue re-analyses the scenes
 *       that mention that name in capitals, not the whole film.
 * </ul>
 *
 * <p>An analysis holds source ranges, which are absolute. A remembered analysis found at another
 * line is moved there ({@link RecordGraph#shiftLines}: every range in it, whatever record holds it,
 * so the memo knows nothing of what an analysis contains) and the moved copy is remembered at its
 * new line too, so the next estimate finds it as is. Nothing else in an analysis may depend on the
 * scene's position; the scene's index, which note findings carry, is set again by the caller.
 *
 * <p>Building a scene's key means writing out all its text, and looking it up hashing and comparing
 * all of it: on a long screenplay that was a quarter of an estimate, for every scene on every
 * keystroke. So each estimate of a screenplay (its lineage) keeps its scenes' keys, and the next
 * estimate takes a scene's key from there, the very same string (its hash computed once, compared
 * by identity first), when the scene at that place has the same content, checked field by field
 * against the one it was built from ({@link #sameContent}) without writing anything.
 *
 * <p>Bounded by size ({@link #DEFAULT_MAX_BYTES}), least recently used first. Thread-safe.
 *
 * @param <A> the analysis: records, lists and plain values (see {@link RecordGraph})
 */
public final class SceneMemo<A> {
  /**
   * 16 MB by this count. Big Fish's 190 scene analyses count 1.5 MB (1.3 MB measured on the heap).
   * Big Fish sixteen times over (2.3 MB, 3,040 scenes, each scene at 16 places: one analysis and 15
   * moved copies, counted for what they do not share) fits with room for the copies that an
   * inserted line makes; a bound below its working set would make such a screenplay analyse most
   * scenes again on every keystroke. While typing, superseded versions of the edited scene and
   * copies left behind by moved scenes fill the memo up to the bound, then the oldest go.
   */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;

  /** Heap bytes of an entry besides the analysis and the key's text. */
  private static final int ENTRY_BYTES = 160;

  /** A scene's content under one configuration, placed at one line. */
  private record Placed(int context, String content, int line) {}

  private record Content(int context, String content) {}

  /**
   * An analysis, what it asked of the speakers, its size, the analysis it was moved from and how
   * many lines further down it stands than that one.
   */
  private record Entry<A>(A analysis, Speakers asked, long bytes, A origin, int fromOrigin) {}

  /**
   * A scene's analysis, and the analysis it is a moved copy of: itself, unless lines added or cut
   * above the scene moved it, in which case the copy differs from its origin in line numbers only.
   * What does not depend on where a scene stands (the sums of its pricing) can be remembered by the
   * origin, and so survive a line break typed above the scene.
   *
   * @param analysis the scene's analysis
   * @param origin the analysis it was moved from, or itself
   * @param linesFromOrigin how many lines further down the scene stands than its origin (negative:
   *     further up)
   */
  public record Analysed<A>(A analysis, A origin, int linesFromOrigin) {
    static <A> Analysed<A> of(Entry<A> entry) {
      return new Analysed<>(entry.analysis(), entry.origin(), entry.fromOrigin());
    }
  }

  /**
   * A scene's key and what it was built from, kept for the next estimate: not the scene itself,
   * whose section would hold on to every other scene of that parse. With them, the analysis the
   * scene got, under which configuration, and what it asked of the speakers.
   */
  private record Keyed<A>(
      SourceRange range,
      SceneHeading heading,
      List<Element> elements,
      String content,
      int context,
      Entry<A> entry) {

    /**
     * The scene is the one this key was made for: the parser kept it from the previous parse (a
     * scene the edit did not touch keeps its heading and body objects) and it has not moved.
     */
    boolean keptFor(Scene scene, int context) {
      return this.context == context
          && elements == scene.elements()
          && heading == scene.heading()
          && range.equals(scene.range());
    }
  }

  /** Each screenplay's last estimate's keys, by scene index. */
  private final Generations<AtomicReferenceArray<Keyed<A>>> keys = new Generations<>();

  private final SizedMemo<Placed, Entry<A>> placed;

  /** For each content, a line where it is remembered, to move from when it is found elsewhere. */
  private final Map<Content, Integer> lines = new ConcurrentHashMap<>();

  /** An id for each configuration seen; never reused, so an old entry cannot match a new one. */
  private final Map<ProjectConfig, Integer> contexts = new ConcurrentHashMap<>();

  private final AtomicInteger nextContext = new AtomicInteger();

  public SceneMemo() {
    this(DEFAULT_MAX_BYTES);
  }

  public SceneMemo(long maxBytes) {
    this.placed =
        new SizedMemo<>(
            maxBytes,
            (key, entry) -> lines.remove(new Content(key.context(), key.content()), key.line()));
  }

  /**
   * The analyses of one estimate: its configuration and its speaking characters.
   *
   * @param analyze analyses a scene; must ask about speakers only through the set it is given
   */
  public Function<Scene, A> forContext(
      ProjectConfig config, Set<String> speakers, BiFunction<Scene, Set<String>, A> analyze) {
    int context = context(config);
    return scene -> analysis(context, fingerprint(scene), scene, speakers, analyze).analysis();
  }

  /**
   * As {@link #forContext(ProjectConfig, Set, BiFunction)}, for the {@code scenes} of one estimate
   * of the screenplay known as {@code lineage} (its file, or null): scene keys come from its
   * previous estimate where the scene there has the same content. Each analysis comes with the one
   * it was moved from ({@link Analysed}).
   */
  public Function<Scene, Analysed<A>> forEstimate(
      Object lineage,
      List<Scene> scenes,
      ProjectConfig config,
      Set<String> speakers,
      BiFunction<Scene, Set<String>, A> analyze) {
    int context = context(config);
    AtomicReferenceArray<Keyed<A>> previous = keys.previous(lineage);
    AtomicReferenceArray<Keyed<A>> next = new AtomicReferenceArray<>(scenes.size());
    keys.keep(lineage, next);
    // Scenes added or cut above the edit move the later ones by this many places.
    int moved = previous == null ? 0 : scenes.size() - previous.length();
    return scene -> {
      int index = scene.index();
      boolean indexed = index >= 0 && index < next.length();
      Keyed<A> before =
          previous != null && index >= 0 && index < previous.length() ? previous.get(index) : null;
      if (indexed
          && before != null
          && before.keptFor(scene, context)
          && before.entry().asked().sameAnswers(speakers)) {
        // Nothing to compare or look up: most scenes on a keystroke, whatever the film's length.
        next.set(index, before);
        return Analysed.of(before.entry());
      }
      String content = null;
      if (previous != null) {
        content = keyFrom(previous, scene.index(), scene);
        if (content == null && moved != 0) {
          content = keyFrom(previous, scene.index() - moved, scene);
        }
      }
      if (content == null) {
        content = fingerprint(scene);
      }
      Entry<A> entry = analysis(context, content, scene, speakers, analyze);
      if (indexed) {
        next.set(
            index,
            new Keyed<>(scene.range(), scene.heading(), scene.elements(), content, context, entry));
      }
      return Analysed.of(entry);
    };
  }

  private static String keyFrom(
      AtomicReferenceArray<? extends Keyed<?>> previous, int index, Scene scene) {
    if (index < 0 || index >= previous.length()) {
      return null;
    }
    Keyed<?> keyed = previous.get(index);
    return keyed != null && sameContent(keyed.range(), keyed.heading(), keyed.elements(), scene)
        ? keyed.content()
        : null;
  }

  private int context(ProjectConfig config) {
    if (contexts.size() >= 64 && !contexts.containsKey(config)) {
      contexts.clear(); // old configurations: their entries age out of the memo
    }
    return contexts.computeIfAbsent(config, c -> nextContext.getAndIncrement());
  }

  private Entry<A> analysis(
      int context,
      String content,
      Scene scene,
      Set<String> speakers,
      BiFunction<Scene, Set<String>, A> analyze) {
    int line = scene.range().start().line();
    Placed here = new Placed(context, content, line);
    Entry<A> known = placed.get(here);
    if (known != null && known.asked().sameAnswers(speakers)) {
      return known;
    }
    Content key = new Content(context, content);
    Integer elsewhere = lines.get(key);
    if (elsewhere != null && elsewhere != line) {
      Entry<A> other = placed.get(new Placed(context, content, elsewhere));
      if (other != null && other.asked().sameAnswers(speakers)) {
        try {
          A moved = RecordGraph.shiftLines(other.analysis(), line - elsewhere);
          // Counted for what the moved copy does not share with the one it was moved from.
          long bytes =
              ENTRY_BYTES
                  + content.length()
                  + RecordGraph.approximateNewBytes(other.analysis(), moved);
          Entry<A> entry =
              new Entry<>(
                  moved,
                  other.asked(),
                  bytes,
                  other.origin(),
                  other.fromOrigin() + line - elsewhere);
          remember(here, key, entry);
          return entry;
        } catch (RecordGraph.NotRelocatable e) {
          // Holds something that cannot be moved: analyse the scene again below.
        }
      }
    }
    Speakers asked = new Speakers(speakers);
    A analysis = analyze.apply(scene, asked);
    Entry<A> entry =
        new Entry<>(
            analysis,
            asked.finished(),
            ENTRY_BYTES + content.length() + RecordGraph.approximateBytes(analysis),
            analysis,
            0);
    remember(here, key, entry);
    return entry;
  }

  private void remember(Placed here, Content key, Entry<A> entry) {
    placed.put(here, entry, entry.bytes());
    lines.put(key, here.line());
  }

  /** Scene analyses remembered, each placement counted (for tests and benchmarks). */
  public int size() {
    return placed.size();
  }

  /** The approximate heap bytes held, at most the bound. */
  public long bytes() {
    return placed.bytes();
  }

  /**
   * The speaking characters as one analysis sees them, recording what it asks; afterwards, what it
   * asked. Confined to the thread of that analysis until {@link #finished}.
   */
  private static final class Speakers extends AbstractSet<String> {
    private final Set<String> speakers;
    private Map<String, Boolean> answers = new HashMap<>();
    private Set<String> all; // set when the analysis read the whole set: then all of it matters

    Speakers(Set<String> speakers) {
      this.speakers = speakers;
    }

    @Override
    public boolean contains(Object name) {
      boolean answer = speakers.contains(name);
      if (all == null && name instanceof String text) {
        answers.put(text, answer);
      }
      return answer;
    }

    @Override
    public Iterator<String> iterator() {
      all = Set.copyOf(speakers);
      return all.iterator();
    }

    @Override
    public int size() {
      all = Set.copyOf(speakers);
      return all.size();
    }

    Speakers finished() {
      answers = Map.copyOf(answers);
      return this;
    }

    /** True when the film's speakers answer every question as they did for this analysis. */
    boolean sameAnswers(Set<String> current) {
      if (all != null) {
        return all.equals(current);
      }
      for (Map.Entry<String, Boolean> answer : answers.entrySet()) {
        if (current.contains(answer.getKey()) != answer.getValue()) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The scene's content, ranges counted from its first line. {@link #sameContent} compares the same
   * fields without writing them: a field added here goes there too ({@code SceneMemoTest} checks
   * that the two agree).
   */
  static String fingerprint(Scene scene) {
    int base = scene.range().start().line();
    StringBuilder key = new StringBuilder(512);
    range(key, scene.range(), base);
    SceneHeading heading = scene.heading();
    element(key, heading, base);
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
      element(key, element, base);
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

  private static void element(StringBuilder key, Element element, int base) {
    key.append('\u0001').append(element.type().ordinal()).append('|');
    range(key, element.range(), base);
    key.append(element.text()).append('\u0002');
    for (Note note : element.notes()) {
      range(key, note.range(), base);
      key.append(note.text()).append('\u0003');
    }
  }

  private static void range(StringBuilder key, SourceRange range, int base) {
    key.append(range.start().line() - base)
        .append(':')
        .append(range.start().character())
        .append('-')
        .append(range.end().line() - base)
        .append(':')
        .append(range.end().character())
        .append('|');
  }

  /**
   * Whether two scenes have the same {@link #fingerprint}, compared field by field without writing
   * it: every field the fingerprint writes, ranges counted from each scene's first line.
   */
  static boolean sameContent(Scene a, Scene b) {
    return sameContent(a.range(), a.heading(), a.elements(), b);
  }

  private static boolean sameContent(
      SourceRange rangeA, SceneHeading headingA, List<Element> elementsA, Scene b) {
    int baseA = rangeA.start().line();
    int baseB = b.range().start().line();
    if (!sameRange(rangeA, baseA, b.range(), baseB)) {
      return false;
    }
    SceneHeading headingB = b.heading();
    if (!sameElement(headingA, baseA, headingB, baseB)
        || headingA.forced() != headingB.forced()
        || !Objects.equals(headingA.sceneNumber(), headingB.sceneNumber())
        || !Objects.equals(headingA.prefix(), headingB.prefix())
        || !Objects.equals(headingA.location(), headingB.location())
        || !Objects.equals(headingA.timeOfDay(), headingB.timeOfDay())) {
      return false;
    }
    List<Element> elementsB = b.elements();
    if (elementsA.size() != elementsB.size()) {
      return false;
    }
    for (int i = 0; i < elementsA.size(); i++) {
      Element elementA = elementsA.get(i);
      Element elementB = elementsB.get(i);
      if (!sameElement(elementA, baseA, elementB, baseB)) {
        return false;
      }
      if (elementA instanceof CharacterCue cueA) {
        if (!(elementB instanceof CharacterCue cueB)
            || !cueA.name().equals(cueB.name())
            || !cueA.extensions().equals(cueB.extensions())
            || cueA.dual() != cueB.dual()
            || cueA.forced() != cueB.forced()) {
          return false;
        }
      } else if (elementA instanceof Action actionA) {
        if (!(elementB instanceof Action actionB) || actionA.forced() != actionB.forced()) {
          return false;
        }
      } else if (elementA instanceof Note noteA) {
        if (!(elementB instanceof Note noteB) || noteA.inline() != noteB.inline()) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean sameElement(Element a, int baseA, Element b, int baseB) {
    if (a.type() != b.type()
        || !sameRange(a.range(), baseA, b.range(), baseB)
        || !a.text().equals(b.text())) {
      return false;
    }
    List<Note> notesA = a.notes();
    List<Note> notesB = b.notes();
    if (notesA.size() != notesB.size()) {
      return false;
    }
    for (int i = 0; i < notesA.size(); i++) {
      if (!sameRange(notesA.get(i).range(), baseA, notesB.get(i).range(), baseB)
          || !notesA.get(i).text().equals(notesB.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameRange(SourceRange a, int baseA, SourceRange b, int baseB) {
    return a.start().line() - baseA == b.start().line() - baseB
        && a.start().character() == b.start().character()
        && a.end().line() - baseA == b.end().line() - baseB
        && a.end().character() == b.end().character();
  }
}
