package dev.scenecost.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.FountainParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BudgetEngineTest {
  private static final String SCRIPT =
      "INT. KITCHEN - DAY\n\nAnna pours coffee.\n\nANNA\nMorning.\n\n"
          + "INT. HALL - DAY\n\nBen waits.\n\nBEN\nLate again.\n";

  @Test
  void reEstimatingAfterAnEditOnlyTokenizesTheChangedChunk() {
    BudgetEngine engine = new BudgetEngine();
    engine.estimate(FountainParser.parse(SCRIPT), TestConfigs.simple());
    // Texts tokenized: "Anna pours coffee.", "ANNA:", "Morning.", "Ben waits.", "BEN:",
    // "Late again." = 6 (the spoken lines serve both the prompt and the voice).
    assertEquals(6, engine.tokenCounter().tokenizations());
    engine.estimate(
        FountainParser.parse(SCRIPT.replace("Ben waits.", "Ben waits, tired.")),
        TestConfigs.simple());
    // Only the edited action beat is new.
    assertEquals(7, engine.tokenCounter().tokenizations());
  }

  @Test
  void onlyTheEditedSceneIsAnalysedAgain() {
    BudgetEngine engine = new BudgetEngine();
    engine.estimate(FountainParser.parse(SCRIPT), TestConfigs.simple());
    assertEquals(2, engine.sceneMemo().size());
    engine.estimate(
        FountainParser.parse(SCRIPT.replace("Ben waits.", "Ben waits, tired.")),
        TestConfigs.simple());
    // The kitchen scene came from the memo; the hall scene is new.
    assertEquals(3, engine.sceneMemo().size());
  }

  @Test
  void rememberedAnalysesGiveExactlyTheEstimateOfAFreshEngine() {
    BudgetEngine engine = new BudgetEngine();
    engine.estimate(FountainParser.parse(SCRIPT), TestConfigs.simple());
    // An edit that moves lines and scene positions: a new scene at the top, a new speaker.
    String edited = "INT. ROOF - NIGHT\n\nCARL\nAnna?\n\n" + SCRIPT;
    FilmEstimate remembered = engine.estimate(FountainParser.parse(edited), TestConfigs.simple());
    FilmEstimate fresh =
        new BudgetEngine().estimate(FountainParser.parse(edited), TestConfigs.simple());
    assertEquals(fresh, remembered);
  }

  @Test
  void theSameScriptGivesTheSameEstimateFromManyThreads() throws Exception {
    BudgetEngine engine = new BudgetEngine();
    FilmEstimate expected = engine.estimate(FountainParser.parse(SCRIPT), TestConfigs.simple());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<FilmEstimate>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(
            pool.submit(() -> engine.estimate(FountainParser.parse(SCRIPT), TestConfigs.simple())));
      }
      for (Future<FilmEstimate> result : results) {
        assertEquals(expected.cost(), result.get().cost());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void anEmptyScreenplayCostsNothing() {
    FilmEstimate film = TestConfigs.estimate("");
    assertEquals(0, film.scenes().size());
    assertEquals(0.0, film.cost().amount(), 0);
    assertEquals(true, film.fits());
  }
}
