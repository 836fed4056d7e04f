package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import org.junit.jupiter.api.Test;

class ReferenceCacheTest {
  private static final String SCENE =
      "INT. KITCHEN - DAY\n\nAnna pours coffee.\n\nANNA\nMorning.\n\n";

  @Test
  void laterAppearancesReuseCharacterSheetsAndLocationPlates() {
    FilmEstimate film = TestConfigs.estimate(SCENE + SCENE);
    SceneEstimate second = film.scenes().get(1);
    assertEquals(0.0, second.modalities().images().amount(), 1e-12);
    assertTrue(second.characters().get(0).reused());
    assertTrue(second.location().reused());
    // Saved: sheet $0.20 + plate $0.15 (28,672 image tokens), and both descriptions read from the
    // cache by both prompts: 4 x 50 = 200 tokens x $0.9/M = $0.00018.
    assertEquals(0.35018, second.cacheSavings().amount(), 1e-12);
    assertEquals(28_672 + 200, second.cacheSavings().tokens());
    // The film's savings add the first scene's $0.00009 (one cached read of two descriptions).
    assertEquals(0.35027, film.cacheSavings().amount(), 1e-12);
  }

  @Test
  void theSecondSceneCostsLessByWhatTheCacheSaved() {
    FilmEstimate film = TestConfigs.estimate(SCENE + SCENE);
    // First scene 2.602119 (worked example). Second: video 2.25 + voice 0.0016 + text with all
    // four description reads cached: beat 4e-6 + 1e-5 + 2e-4 = 0.000214, exchange 0.000215.
    assertEquals(2.602119, film.scenes().get(0).cost().amount(), 1e-9);
    assertEquals(2.25 + 0.0016 + 0.000214 + 0.000215, film.scenes().get(1).cost().amount(), 1e-9);
  }

  @Test
  void aCharacterOnlyHeardPaysNoSheetUntilSeen() {
    FilmEstimate film =
        TestConfigs.estimate(
            "INT. KITCHEN - DAY\n\nThe radio hums.\n\nANNA (V.O.)\nMorning.\n\n" + SCENE);
    SceneEstimate first = film.scenes().get(0);
    assertFalse(first.characters().get(0).onScreen());
    // Only the plate: 3 x $0.05.
    assertEquals(0.15, first.modalities().images().amount(), 1e-12);
    SceneEstimate second = film.scenes().get(1);
    // ANNA is first seen here: her sheet is paid now; the kitchen plate is reused.
    assertFalse(second.characters().get(0).reused());
    assertEquals(0.20, second.modalities().images().amount(), 1e-12);
    assertEquals(0.20, film.characters().get("ANNA").referenceCost().amount(), 1e-12);
  }
}
