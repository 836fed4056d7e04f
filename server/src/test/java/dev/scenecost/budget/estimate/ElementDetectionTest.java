package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.result.CharacterUse;
import dev.scenecost.budget.result.EffectHit;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementDetectionTest {
  private static SceneEstimate scene(String fountain, int index) {
    return TestConfigs.estimate(fountain).scenes().get(index);
  }

  private static List<String> names(SceneEstimate scene) {
    return scene.characters().stream().map(CharacterUse::name).toList();
  }

  @Test
  void speakersArePresentWithoutTheirExtensions() {
    SceneEstimate s = scene("INT. HALL - DAY\n\nANNA (CONT'D)\nHi.\n\nBEN (O.S.)\nHello.\n", 0);
    assertEquals(List.of("ANNA", "BEN"), names(s));
    assertTrue(s.characters().get(0).onScreen());
    assertFalse(s.characters().get(1).onScreen());
    assertTrue(s.characters().get(1).speaks());
  }

  @Test
  void namesIntroducedInCapitalsWithACommaAreCharacters() {
    SceneEstimate s = scene("INT. HALL - DAY\n\nMARGARET HOLT, 60s, waits by the door.\n", 0);
    assertEquals(List.of("MARGARET HOLT"), names(s));
    assertTrue(s.characters().get(0).onScreen());
    assertFalse(s.characters().get(0).speaks());
    // "MARGARET HOLT" is on line 2 (0-based), columns 0-13.
    assertEquals(SourceRange.of(2, 0, 2, 13), s.characters().get(0).firstMention());
  }

  @Test
  void capitalsThatMatchASpeakerAnywhereInTheFilmAreThatSpeaker() {
    // WILL BLOOM in scene 1 is WILL, who speaks in scene 2.
    String film = "INT. HALL - DAY\n\nWILL BLOOM listens.\n\nINT. ROOM - DAY\n\nWILL\nHi.\n";
    assertEquals(List.of("WILL"), names(scene(film, 0)));
  }

  @Test
  void soundsAndCameraDirectionsInCapitalsAreNotCharacters() {
    SceneEstimate s =
        scene(
            "INT. HALL - DAY\n\nThe phone RINGS, then a BANG, CLOSE ON the door.\n"
                + "A CROWD gathers.\n",
            0);
    assertEquals(List.of(), names(s));
  }

  @Test
  void effectsMatchBaseFormsPluralsAndVerbEndings() {
    SceneEstimate s =
        scene(
            "EXT. FIELD - DAY\n\nThe crowds cheer. Two men fight. The truck "
                + "explodes in the rain.\n",
            0);
    List<String> found = s.effects().stream().map(e -> e.category() + ":" + e.term()).toList();
    assertEquals(List.of("crowd:crowds", "stunts:fight", "stunts:explodes", "weather:rain"), found);
    EffectHit fight = s.effects().get(1);
    // "Two men fight." -> "fight" at columns 26-31 of line 2.
    assertEquals(SourceRange.of(2, 26, 2, 31), fight.range());
  }

  @Test
  void everydayWordsAreNotEffectsInTheBuiltInLexicon() {
    // Screenplays are full of gestures, doors and lamps: none of these is a stunt, a crowd, a
    // vehicle, water or a visual effect, so the built-in lexicon leaves them out.
    Screenplay screenplay =
        FountainParser.parse(
            "INT. HALL - NIGHT\n\nShe waves from the porch. The door swings open. They struggle "
                + "with the drive home in the lamp's glow. The party of two sits.\n");

    SceneEstimate s =
        new BudgetEngine().estimate(screenplay, ConfigLoader.defaults()).scenes().get(0);

    assertEquals(List.of(), s.effects());
  }

  @Test
  void twoWordTermsMatchAcrossASpace() {
    SceneEstimate s = scene("EXT. ROAD - DAY\n\nA car chase begins.\n", 0);
    assertEquals(
        List.of("weather:car chase"),
        s.effects().stream().map(e -> e.category() + ":" + e.term()).toList());
  }

  @Test
  void complexityAddsEachCategoryOnceExtraCharactersAndNight() {
    // stunts 0.5 (fight twice counts once) + crowd 0.4 = 1.9.
    assertEquals(
        1.9,
        scene("EXT. FIELD - DAY\n\nA crowd. A fight. Another fight.\n", 0).complexityFactor(),
        1e-9);
    // Four on-screen speakers: 2 beyond the 2 included x 0.1 = 1.2; plus night 0.1 = 1.3.
    assertEquals(
        1.3,
        scene("INT. HALL - NIGHT\n\nA\nHi.\n\nB\nHi.\n\nC\nHi.\n\nD\nHi.\n", 0).complexityFactor(),
        1e-9);
  }

  @Test
  void complexityStopsAtTheCeiling() {
    var config =
        dev.scenecost.budget.config.ConfigLoader.fromText(
                "{\"yield\": {\"maxComplexityFactor\": 1.2}}", "scenecost.json")
            .config();
    var film =
        new dev.scenecost.budget.BudgetEngine()
            .estimate(
                dev.scenecost.jfountain.FountainParser.parse(
                    "EXT. FIELD - NIGHT\n\nThe crowd watches the fight in the rain.\n"),
                config);
    assertEquals(1.2, film.scenes().get(0).complexityFactor(), 1e-9);
  }

  @Test
  void complexityMultipliesGeneratedSeconds() {
    // 1/8 page = 7.5 s; one beat; factor 1.5 (stunts): 7.5 x 3 x 1.5 = 33.75 s.
    SceneEstimate s = scene("EXT. FIELD - DAY\n\nThey fight.\n", 0);
    assertEquals(33.75, s.generatedSeconds(), 1e-9);
  }

  @Test
  void locationAndTimeOfDayComeFromTheHeading() {
    SceneEstimate s = scene("INT. BLOOM HOUSE - KITCHEN - NIGHT\n\nQuiet.\n", 0);
    assertEquals("BLOOM HOUSE - KITCHEN", s.location().name());
    assertEquals("NIGHT", s.location().timeOfDay());
  }
}
