package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.LineChange;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Scene analyses are remembered by content: moving a scene does not analyse it again. */
class SceneMemoTest {
  private static final ProjectConfig CONFIG = TestConfigs.simple();
  private static final Set<String> SPEAKERS = Set.of("ANNA", "BEN");

  /**
   * Three scenes with everything an analysis holds ranges for: effects, a character named in
   * capitals, a cue, a budget note, a malformed note (a finding), a duration.
   */
  private static final String SCRIPT =
      "INT. KITCHEN - DAY\n\nANNA pours coffee. A fight outside.\n\nANNA\nMorning.\n\n"
          + "EXT. STREET - NIGHT [[budget: $150]]\n\nBEN runs through the crowd.\n\n"
          + "BEN (V.O.)\nLate again.\n\n[[duration: soon]]\n\n"
          + "INT. HALL - DAY [[tier: standard]]\n\nBen waits.\n";

  private final List<Integer> analysedLines = new ArrayList<>();

  private List<SceneAnalysis> analyse(SceneMemo<SceneAnalysis> memo, String text) {
    SceneAnalyzer analyzer = new SceneAnalyzer(CONFIG, new TokenCounter(), SPEAKERS);
    Function<Scene, SceneAnalysis> analyses =
        memo.forContext(
            CONFIG,
            SPEAKERS,
            (scene, speakers) -> {
              analysedLines.add(scene.range().start().line());
              return analyzer.analyze(scene, speakers);
            });
    return FountainParser.parse(text).scenes().stream().map(analyses).toList();
  }

  private static List<SceneAnalysis> fresh(String text) {
    SceneAnalyzer analyzer = new SceneAnalyzer(CONFIG, new TokenCounter(), SPEAKERS);
    return FountainParser.parse(text).scenes().stream().map(analyzer::analyze).toList();
  }

  @Test
  void insertingLinesAboveMovesTheRememberedAnalysesWithoutAnalysingAgain() {
    SceneMemo<SceneAnalysis> memo = new SceneMemo<>();
    analyse(memo, SCRIPT);
    assertEquals(List.of(0, 7, 16), analysedLines);

    String moved = "Title: Test\n\n\n" + SCRIPT; // three lines more above every scene
    List<SceneAnalysis> remembered = analyse(memo, moved);
    assertEquals(List.of(0, 7, 16), analysedLines, "no scene analysed again");
    // Every range (effects, characters, chunks, notes, findings) moved by three lines.
    assertEquals(fresh(moved), remembered);
    // The crowd on line 9 of the street scene is now on line 12.
    assertEquals("crowd", remembered.get(1).effects().get(0).term());
    assertEquals(12, remembered.get(1).effects().get(0).range().start().line());
  }

  @Test
  void anEditAnalysesOnlyTheEditedSceneEvenWhenItAddsLines() {
    SceneMemo<SceneAnalysis> memo = new SceneMemo<>();
    analyse(memo, SCRIPT);
    analysedLines.clear();
    String edited = SCRIPT.replace("Morning.", "Morning.\nMore coffee?");
    List<SceneAnalysis> remembered = analyse(memo, edited);
    assertEquals(List.of(0), analysedLines, "the kitchen only; the scenes below moved");
    assertEquals(fresh(edited), remembered);
  }

  @Test
  void aSceneThatMentionsANewSpeakerIsAnalysedAgainAndNoOther() {
    SceneMemo<SceneAnalysis> memo = new SceneMemo<>();
    TokenCounter tokens = new TokenCounter();
    Function<Set<String>, List<SceneAnalysis>> run =
        speakers -> {
          SceneAnalyzer analyzer = new SceneAnalyzer(CONFIG, tokens, speakers);
          Function<Scene, SceneAnalysis> analyses =
              memo.forContext(
                  CONFIG,
                  speakers,
                  (scene, asked) -> {
                    analysedLines.add(scene.range().start().line());
                    return analyzer.analyze(scene, asked);
                  });
          return FountainParser.parse(SCRIPT).scenes().stream().map(analyses).toList();
        };
    run.apply(Set.of("ANNA", "BEN"));
    analysedLines.clear();
    // CARL speaks somewhere new: no scene names CARL in capitals, nothing is analysed again.
    run.apply(Set.of("ANNA", "BEN", "CARL"));
    assertEquals(List.of(), analysedLines);
    // ANNA no longer speaks anywhere: the kitchen names ANNA in capitals, so it is analysed again.
    run.apply(Set.of("BEN", "CARL"));
    assertEquals(List.of(0), analysedLines);
  }

  @Test
  void aDifferentConfigurationIsADifferentAnalysis() {
    SceneMemo<SceneAnalysis> memo = new SceneMemo<>();
    analyse(memo, SCRIPT);
    SceneAnalyzer analyzer = new SceneAnalyzer(TestConfigs.simple(), new TokenCounter(), SPEAKERS);
    ProjectConfig other =
        dev.scenecost.budget.config.ConfigLoader.fromText("{}", "scenecost.json").config();
    assertNotEquals(CONFIG, other);
    memo.forContext(other, SPEAKERS, (scene, asked) -> analyzer.analyze(scene, asked))
        .apply(FountainParser.parse(SCRIPT).scenes().get(0));
    assertEquals(4, memo.size());
  }

  @Test
  void theMemoStaysWithinItsBoundInBytes() {
    SceneMemo<SceneAnalysis> memo = new SceneMemo<>(20_000);
    for (int i = 0; i < 200; i++) {
      analyse(memo, SCRIPT.replace("Ben waits.", "Ben waits " + i + " minutes."));
      assertTrue(memo.bytes() <= 20_000, "bytes " + memo.bytes());
    }
    assertTrue(memo.size() < 200, "old versions were evicted: " + memo.size());
    // What is in use stays: the unchanged kitchen is still remembered.
    analysedLines.clear();
    analyse(memo, SCRIPT.replace("Ben waits.", "Ben waits 199 minutes."));
    assertEquals(List.of(), analysedLines);
  }

  @Test
  void insertingASceneAboveGivesTheEstimateOfAFreshEngineWithTheFindingsAtTheirNewScenes() {
    BudgetEngine engine = new BudgetEngine();
    engine.estimate(FountainParser.parse(SCRIPT), CONFIG);
    String edited = "INT. ROOF - NIGHT\n\nCarl looks down.\n\n" + SCRIPT;
    Screenplay screenplay = FountainParser.parse(edited);
    FilmEstimate remembered = engine.estimate(screenplay, CONFIG);
    assertEquals(new BudgetEngine().estimate(FountainParser.parse(edited), CONFIG), remembered);
    var malformed =
        remembered.findings().stream()
            .filter(f -> f.code() == FindingCode.MALFORMED_NOTE)
            .findFirst()
            .orElseThrow();
    assertEquals(2, malformed.sceneIndex(), "the street scene is now the third");
  }

  /**
   * A scene's key is taken from the previous estimate only when the scene there has the same
   * content: {@code sameContent} must agree with the keys themselves, over variants that change
   * each field a key holds (and some that change none of them).
   */
  @Test
  void sameContentAgreesWithTheKeys() {
    List<String> variants =
        List.of(
            SCRIPT,
            "\n\n" + SCRIPT,
            SCRIPT.replace("pours coffee", "pours coffees"),
            SCRIPT.replace("pours coffee", "pours toffee"),
            SCRIPT.replace("[[budget: $150]]", "[[budget: $190]]"),
            SCRIPT.replace("Late again.", "Late, again"),
            SCRIPT.replace("BEN (V.O.)", "BEN (O.S.)"),
            SCRIPT.replace("BEN (V.O.)", "BEN (V.O.) ^"),
            SCRIPT.replace("BEN (V.O.)", "@BEN (V.O.)"),
            SCRIPT.replace("Ben waits.", "!Ben waits."),
            SCRIPT.replace("Ben waits.", "Ben waits. [[a note]]"),
            SCRIPT.replace("Ben waits.", "Ben  waits."),
            SCRIPT.replace("INT. HALL - DAY", ".HALL - DAY"),
            SCRIPT.replace("INT. HALL - DAY", "INT. HALL - DAY #12#"),
            SCRIPT.replace("INT. HALL - DAY", "EXT. HALL - DAY"),
            SCRIPT.replace("EXT. STREET - NIGHT", "EXT. STREET - DAY"),
            SCRIPT.replace("[[budget: $150]]", "[[budget: $160]]"),
            SCRIPT.replace("\n\nBEN runs", "\n\n\nBEN runs"),
            SCRIPT.replace("Morning.", "Morning.\n[[tier: hero]]"),
            SCRIPT.replace("Late again.\n", "Late again.\n\n[[Inline]] note.\n"));
    List<Scene> scenes = new ArrayList<>();
    for (String variant : variants) {
      scenes.addAll(FountainParser.parse(variant).scenes());
    }
    int same = 0;
    for (Scene a : scenes) {
      for (Scene b : scenes) {
        boolean keysEqual = SceneMemo.fingerprint(a).equals(SceneMemo.fingerprint(b));
        assertEquals(keysEqual, SceneMemo.sameContent(a, b), () -> a + "\n  vs\n" + b);
        same += keysEqual && a != b ? 1 : 0;
      }
    }
    assertTrue(same > 0, "some scenes are the same in two variants");
  }

  /**
   * A second estimate of the same screenplay reuses each unchanged scene's key, the same string.
   */
  @Test
  void anEstimateTakesUnchangedScenesKeysFromThePreviousOne() {
    SceneMemo<SceneAnalysis> memo = new SceneMemo<>();
    SceneAnalyzer analyzer = new SceneAnalyzer(CONFIG, new TokenCounter(), SPEAKERS);
    Object lineage = "pier.fountain";
    List<Scene> first = FountainParser.parse(SCRIPT).scenes();
    List<SceneAnalysis> before =
        first.stream()
            .map(memo.forEstimate(lineage, first, CONFIG, SPEAKERS, analyzer::analyze))
            .map(SceneMemo.Analysed::analysis)
            .toList();
    String edited = "\n" + SCRIPT.replace("Ben waits.", "Ben waits, and waits.");
    List<Scene> second = FountainParser.parse(edited).scenes();
    List<SceneAnalysis> after =
        second.stream()
            .map(memo.forEstimate(lineage, second, CONFIG, SPEAKERS, analyzer::analyze))
            .map(SceneMemo.Analysed::analysis)
            .toList();
    assertEquals(fresh(edited), after);
    assertNotEquals(before.get(2), after.get(2));
    assertEquals(fresh(edited).get(0), after.get(0));
  }

  /**
   * A scene the parser kept from the previous parse gets its analysis back as it was; a scene that
   * a line typed above it moved gets a moved copy, which names the analysis it was copied from.
   */
  @Test
  void keptScenesGetTheirAnalysisBackAndMovedOnesNameTheirOrigin() {
    SceneMemo<SceneAnalysis> memo = new SceneMemo<>();
    SceneAnalyzer analyzer = new SceneAnalyzer(CONFIG, new TokenCounter(), SPEAKERS);
    Object lineage = "pier.fountain";
    Screenplay first = FountainParser.parse(SCRIPT);
    List<SceneMemo.Analysed<SceneAnalysis>> before = estimate(memo, analyzer, lineage, first);
    before.forEach(a -> assertSame(a.analysis(), a.origin()));

    // "Ben waits." (line 18) typed on.
    String typed = SCRIPT.replace("Ben waits.", "Ben waits, and waits.");
    Screenplay second =
        FountainParser.reparse(first, TextLines.of(typed), new LineChange(18, 19, 19));
    List<SceneMemo.Analysed<SceneAnalysis>> kept = estimate(memo, analyzer, lineage, second);
    assertSame(before.get(0).analysis(), kept.get(0).analysis());
    assertSame(before.get(1).analysis(), kept.get(1).analysis());
    assertEquals(fresh(typed), kept.stream().map(SceneMemo.Analysed::analysis).toList());

    // A line of action added to the first scene moves the other two one line down.
    String longer = typed.replace("Morning.\n", "Morning.\nShe smiles.\n");
    Screenplay third =
        FountainParser.reparse(second, TextLines.of(longer), new LineChange(6, 6, 7));
    List<SceneMemo.Analysed<SceneAnalysis>> moved = estimate(memo, analyzer, lineage, third);
    assertEquals(fresh(longer), moved.stream().map(SceneMemo.Analysed::analysis).toList());
    for (int i = 1; i < 3; i++) {
      assertNotEquals(kept.get(i).analysis(), moved.get(i).analysis());
      assertSame(kept.get(i).origin(), moved.get(i).origin(), "scene " + (i + 1));
    }
  }

  private static List<SceneMemo.Analysed<SceneAnalysis>> estimate(
      SceneMemo<SceneAnalysis> memo,
      SceneAnalyzer analyzer,
      Object lineage,
      Screenplay screenplay) {
    List<Scene> scenes = screenplay.scenes();
    return scenes.stream()
        .map(memo.forEstimate(lineage, scenes, CONFIG, SPEAKERS, analyzer::analyze))
        .toList();
  }
}
