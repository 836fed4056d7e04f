package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.PageLayout;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.ShotSettings;
import dev.scenecost.budget.config.YieldSettings;
import dev.scenecost.budget.result.ChunkKind;
import dev.scenecost.budget.result.EffectHit;
import dev.scenecost.budget.result.ShotType;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.Centered;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.SceneHeading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Analyses one scene (see {@link SceneAnalysis}); stateless apart from the shared helpers. */
public final class SceneAnalyzer {
  private static final java.util.regex.Pattern WORD_BREAK =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'’-]+");

  /** Words that put someone in a beat without naming them. */
  private static final Set<String> PEOPLE_WORDS =
      Set.of(
          "he",
          "she",
          "they",
          "him",
          "her",
          "his",
          "hers",
          "them",
          "their",
          "we",
          "us",
          "i",
          "you",
          "man",
          "woman",
          "men",
          "women",
          "boy",
          "girl",
          "boys",
          "girls",
          "child",
          "children",
          "kid",
          "kids",
          "people",
          "someone",
          "somebody",
          "everyone",
          "figure",
          "stranger",
          "family",
          "couple",
          "nurse",
          "doctor",
          "officer",
          "guard",
          "driver");

  private final ProjectConfig config;
  private final EffectsScanner effects;
  private final TokenCounter tokens;
  private final Set<String> speakers;

  /**
   * @param speakers upper-case names of every speaking character in the film, used to recognise
   *     them when action names them in capitals
   */
  public SceneAnalyzer(ProjectConfig config, TokenCounter tokens, Set<String> speakers) {
    this.config = config;
    this.effects = new EffectsScanner(config.effects());
    this.tokens = tokens;
    this.speakers = speakers;
  }

  public SceneAnalysis analyze(Scene scene) {
    return analyze(scene, speakers);
  }

  /**
   * @param filmSpeakers the film's speaking characters as this analysis may ask about them (the
   *     scene memo passes a view that records the questions)
   */
  public SceneAnalysis analyze(Scene scene, Set<String> filmSpeakers) {
    PageLayout page = config.page();
    SceneLayout.Result layout = SceneLayout.layout(scene, page);
    SceneNotes notes = SceneNotes.read(scene, config);
    int eighths = eighths(layout.lines(), page.linesPerPage());
    double seconds =
        notes.durationSeconds() != null
            ? notes.durationSeconds()
            : eighths * page.secondsPerPage() / 8.0;

    List<EffectHit> hits = new ArrayList<>();
    List<CapitalisedNames.Mention> mentions = new ArrayList<>();
    SceneHeading heading = scene.heading();
    effects.scan(heading.text(), heading.range(), heading.forced() ? 1 : 0, hits);
    for (Element element : scene.elements()) {
      if (element instanceof Action action) {
        int skip = action.forced() ? 1 : 0;
        effects.scan(action.text(), action.range(), skip, hits);
        CapitalisedNames.find(action.text(), action.range(), skip, filmSpeakers, mentions);
      } else if (element instanceof Centered) {
        effects.scan(element.text(), element.range(), 1, hits);
      }
    }

    int chunkLines = layout.chunks().stream().mapToInt(ChunkDraft::lines).sum();
    List<SceneAnalysis.Chunk> chunks = new ArrayList<>();
    Map<String, Presence> presences = new LinkedHashMap<>();
    for (ChunkDraft draft : layout.chunks()) {
      double share = chunkLines == 0 ? 0 : seconds * draft.lines() / chunkLines;
      int dialogueCharacters = 0;
      int spokenTokens = 0;
      for (Speech speech : draft.speeches()) {
        dialogueCharacters += speech.spokenText().length();
        spokenTokens += tokens.count(speech.spokenText());
        if (!speech.name().isEmpty()) {
          presences
              .computeIfAbsent(speech.name(), n -> new Presence(n, speech.cueRange()))
              .speak(speech);
        }
      }
      List<String> speakers =
          draft.speeches().stream().map(Speech::name).filter(n -> !n.isEmpty()).distinct().toList();
      int textTokens = 0;
      for (String piece : draft.promptPieces()) {
        textTokens += tokens.count(piece);
      }
      List<String> people = people(draft, mentions);
      chunks.add(
          new SceneAnalysis.Chunk(
              draft,
              share,
              textTokens,
              spokenTokens,
              dialogueCharacters,
              speakers,
              people,
              shotType(draft, people, hits)));
    }
    for (CapitalisedNames.Mention mention : mentions) {
      presences.computeIfAbsent(mention.name(), n -> new Presence(n, mention.range())).seen();
    }
    List<SceneAnalysis.Presence> characters = new ArrayList<>();
    int onScreen = 0;
    List<Presence> ordered = new ArrayList<>(presences.values());
    ordered.sort((a, b) -> a.first.start().compareTo(b.first.start()));
    for (Presence presence : ordered) {
      characters.add(presence.toRecord(speakers.contains(presence.name)));
      onScreen += presence.onScreen ? 1 : 0;
    }
    String location = location(heading);
    double complexity = complexity(hits, onScreen, heading.timeOfDay());
    return new SceneAnalysis(
        layout.lines(),
        eighths,
        seconds,
        notes.durationSeconds() != null,
        chunks,
        characters,
        location,
        heading.timeOfDay(),
        heading.prefix(),
        hits,
        complexity,
        notes);
  }

  /**
   * Who is seen in a chunk: its on-screen speakers, then the film's speakers its action names (in
   * any case), in order.
   */
  private List<String> people(ChunkDraft draft, List<CapitalisedNames.Mention> mentions) {
    Set<String> names = new LinkedHashSet<>();
    for (Speech speech : draft.speeches()) {
      if (!speech.name().isEmpty() && speech.onScreen()) {
        names.add(speech.name());
      }
    }
    for (CapitalisedNames.Mention mention : mentions) {
      if (within(mention.range(), draft.range())) {
        names.add(mention.name());
      }
    }
    if (draft.kind() == ChunkKind.ACTION_BEAT && !speakers.isEmpty()) {
      String text =
          " "
              + WORD_BREAK
                  .matcher(String.join(" ", draft.promptPieces()))
                  .replaceAll(" ")
                  .toUpperCase(Locale.ROOT)
              + " ";
      for (String speaker : speakers) {
        if (text.contains(" " + speaker + " ")) {
          names.add(speaker);
        }
      }
    }
    return List.copyOf(names);
  }

  /**
   * The chunk's shot type: a dialogue exchange is dialogue coverage; an action beat with a heavy
   * effects word or a crowd of named characters is an effects shot; one with nobody in it (no
   * character named, no one referred to) is establishing / B-roll; any other beat is simple action.
   */
  ShotType shotType(ChunkDraft draft, List<String> people, List<EffectHit> hits) {
    if (draft.kind() == ChunkKind.DIALOGUE_EXCHANGE) {
      return ShotType.DIALOGUE;
    }
    ShotSettings shots = config.shots();
    Set<String> heavy = new LinkedHashSet<>();
    for (var category : config.effects()) {
      if (category.weight() >= shots.effectsWeight()) {
        heavy.add(category.name());
      }
    }
    for (EffectHit hit : hits) {
      if (heavy.contains(hit.category()) && within(hit.range(), draft.range())) {
        return ShotType.EFFECTS;
      }
    }
    if (people.size() >= shots.crowdPeople()) {
      return ShotType.EFFECTS;
    }
    if (people.isEmpty() && !refersToSomeone(draft)) {
      return ShotType.ESTABLISHING;
    }
    return ShotType.ACTION;
  }

  private static boolean refersToSomeone(ChunkDraft draft) {
    for (String piece : draft.promptPieces()) {
      for (String word : WORD_BREAK.split(piece.toLowerCase(Locale.ROOT))) {
        if (PEOPLE_WORDS.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean within(
      dev.scenecost.jfountain.SourceRange inner, dev.scenecost.jfountain.SourceRange outer) {
    return inner != null
        && outer != null
        && inner.start().compareTo(outer.start()) >= 0
        && inner.start().compareTo(outer.end()) <= 0;
  }

  /** Page length in eighths: lines x 8 / lines per page, rounded to the nearest, at least 1. */
  public static int eighths(int lines, int linesPerPage) {
    return Math.max(1, (int) Math.round(lines * 8.0 / linesPerPage));
  }

  /**
   * 1 + the weight of every effects category present (each counted once) + a weight per on-screen
   * character beyond those a simple scene has + the night weight, at most the ceiling.
   */
  double complexity(List<EffectHit> hits, int onScreenCharacters, String timeOfDay) {
    YieldSettings yield = config.yield();
    Set<String> categories = new LinkedHashSet<>();
    hits.forEach(hit -> categories.add(hit.category()));
    double factor = 1;
    for (var category : config.effects()) {
      if (categories.contains(category.name())) {
        factor += category.weight();
      }
    }
    factor +=
        yield.perExtraCharacter() * Math.max(0, onScreenCharacters - yield.charactersIncluded());
    if (timeOfDay != null && timeOfDay.toUpperCase(Locale.ROOT).contains("NIGHT")) {
      factor += yield.night();
    }
    return Math.min(yield.maxComplexityFactor(), factor);
  }

  static String location(SceneHeading heading) {
    String location = heading.location();
    if (location == null || location.isBlank()) {
      location = heading.text();
    }
    return PlainText.of(location).trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  /** Mutable while the scene is read. */
  private static final class Presence {
    private final String name;
    private final dev.scenecost.jfountain.SourceRange first;
    private boolean onScreen;
    private boolean speaks;
    private int dialogueCharacters;

    Presence(String name, dev.scenecost.jfountain.SourceRange first) {
      this.name = name;
      this.first = first;
    }

    void speak(Speech speech) {
      speaks = true;
      onScreen |= speech.onScreen();
      dialogueCharacters += speech.spokenText().length();
    }

    void seen() {
      onScreen = true;
    }

    SceneAnalysis.Presence toRecord(boolean principal) {
      return new SceneAnalysis.Presence(
          name, onScreen, speaks, principal || speaks, dialogueCharacters, first);
    }
  }
}
