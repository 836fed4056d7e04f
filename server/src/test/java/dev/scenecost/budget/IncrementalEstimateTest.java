package dev.scenecost.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.savings.Saving;
import dev.scenecost.budget.savings.SavingsFinder;
import dev.scenecost.budget.savings.SavingsMemo;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * An engine that re-estimates a screenplay after an edit re-uses the pricings and savings of the
 * scenes the edit did not touch, and its estimate is the very estimate a new engine makes of the
 * edited text: the same figures, findings and savings, edit after edit.
 */
class IncrementalEstimateTest {
  private static final String FILM = TestConfigs.resource("/budget/long-film.fountain");
  private static final ProjectConfig CONFIG = ConfigLoader.defaults();
  private static final String LINEAGE = "long-film.fountain";

  private final BudgetEngine engine = new BudgetEngine();
  private final SavingsMemo savings = new SavingsMemo();

  private record Result(Screenplay screenplay, FilmEstimate estimate, List<Saving> savings) {}

  private Result estimate(String text) {
    Screenplay screenplay = FountainParser.parse(text);
    FilmEstimate estimate = engine.estimate(screenplay, CONFIG, LINEAGE);
    return new Result(
        screenplay,
        estimate,
        SavingsFinder.find(estimate, screenplay, CONFIG, CONFIG.savings(), savings.begin(LINEAGE)));
  }

  private static Result fresh(String text) {
    Screenplay screenplay = FountainParser.parse(text);
    FilmEstimate estimate = new BudgetEngine().estimate(screenplay, CONFIG);
    return new Result(
        screenplay, estimate, SavingsFinder.find(estimate, screenplay, CONFIG, CONFIG.savings()));
  }

  private static void assertSameAsFresh(Result remembered, String text) {
    Result fresh = fresh(text);
    assertEquals(fresh.estimate(), remembered.estimate());
    assertEquals(fresh.savings(), remembered.savings());
  }

  @Test
  void typingInOneSceneReusesEveryOtherScenesPricing() {
    Result before = estimate(FILM);
    int edited = 20;
    int line = before.screenplay().scenes().get(edited).range().end().line() - 1;
    String text = editLine(FILM, line, l -> l + " Somewhere a dog barks.");
    Result after = estimate(text);

    assertSameAsFresh(after, text);
    for (int i = 0; i < after.estimate().scenes().size(); i++) {
      var was = before.estimate().scenes().get(i).chunks();
      var is = after.estimate().scenes().get(i).chunks();
      if (i == edited) {
        assertNotSame(was, is, "the edited scene is priced again");
      } else {
        assertSame(was, is, "scene " + (i + 1) + " is remembered");
      }
    }
    assertTrue(after.savings().stream().anyMatch(s -> s.sceneIndex() != edited));
  }

  @Test
  void aLineBreakTypedAboveScenesKeepsTheirQuotesAtOtherTiers() {
    Result before = estimate(FILM);
    int edited = 20;
    int line = before.screenplay().scenes().get(edited).range().end().line() - 1;
    String text = editLine(FILM, line, l -> l + "\nSomewhere a dog barks.");
    Result after = estimate(text);

    assertSameAsFresh(after, text);
    for (int i = edited + 1; i < after.estimate().scenes().size(); i++) {
      var was = before.estimate().scenes().get(i).quotes();
      var is = after.estimate().scenes().get(i).quotes();
      assertEquals(
          before.estimate().scenes().get(i).headingRange().start().line() + 1,
          after.estimate().scenes().get(i).headingRange().start().line());
      String tier = after.estimate().scenes().get(i).tier();
      for (int q = 0; q < was.size(); q++) {
        if (!is.get(q).tier().equals(tier)) {
          // The scene moved a line down; what it would cost at another tier is remembered.
          assertSame(was.get(q).modalities(), is.get(q).modalities(), "scene " + (i + 1));
        }
      }
    }
  }

  @Test
  void aLineBreakTypedAboveScenesMovesTheirSavingsAlong() {
    BudgetEngine typing = new BudgetEngine();
    LoadedConfig settings = new LoadedConfig(CONFIG, null, List.of());
    Path file = Path.of("long-film.fountain");
    BudgetAnalysis before = typing.analyze(FILM, file, settings, Overrides.NONE, null);
    List<Saving> earlierSavings = before.savings(); // found after each analysis, as the editor does
    int edited = 20;
    int line = before.screenplay().scenes().get(edited).range().end().line() - 1;
    String text = editLine(FILM, line, l -> l + "\nSomewhere a dog barks.");
    BudgetAnalysis after = typing.analyze(text, file, settings, Overrides.NONE, null);

    assertEquals(fresh(text).savings(), after.savings());
    int moved = 0;
    for (Saving saving : after.savings()) {
      if (saving.sceneIndex() > edited) {
        // Moved from the earlier estimate's saving, not found again: the same message object.
        Saving earlier =
            earlierSavings.stream()
                .filter(s -> s.sceneIndex() == saving.sceneIndex() && s.rule() == saving.rule())
                .filter(s -> s.range().start().line() + 1 == saving.range().start().line())
                .findFirst()
                .orElseThrow();
        assertSame(earlier.message(), saving.message());
        moved++;
      }
    }
    assertTrue(moved > 0, "savings below the edit");
  }

  @Test
  void editsThatMoveScenesOrChangeTheCacheGiveTheFreshEstimate() {
    estimate(FILM);
    String text = FILM;
    List<UnaryOperator<String>> edits =
        List.of(
            // A line inserted near the top moves every scene below it.
            t -> t.replaceFirst("Dust hangs", "\nDust hangs"),
            // A new location for the first scene: the scenes set there later lose their plate.
            t -> t.replaceFirst("EXT. CIRCUS TENT - NIGHT", "INT. CAR - MOVING - NIGHT"),
            // A character seen first in the first scene: later scenes find MARA cached.
            t -> t.replaceFirst("TOM\nHe never", "MARA\nHe never"),
            // A tier note changes what the scene is priced at in detail.
            t ->
                t.replaceFirst("INT. CAR - MOVING - DAY", "INT. CAR - MOVING - DAY [[tier: hero]]"),
            // Typing the same letter twice and then deleting it gives the first text again.
            t -> t.replaceFirst("the slanting sun", "the slanting sunn"),
            t -> t.replaceFirst("the slanting sunn", "the slanting sun"),
            // A scene deleted in the middle renumbers and moves all that follow.
            t -> {
              int start = t.indexOf("INT. CAR - MOVING - DAY");
              int end = t.indexOf("\nINT.", start + 1);
              return t.substring(0, start) + t.substring(end + 1);
            });
    for (UnaryOperator<String> edit : edits) {
      String edited = edit.apply(text);
      assertTrue(!edited.equals(text) || edit == edits.get(5), "each edit changes the text");
      text = edited;
      assertSameAsFresh(estimate(text), text);
    }
  }

  @Test
  void aSceneReturningToAPlaceNamesTheSceneThatFirstShowedItByItsNewNumber() {
    String attic =
        """
        INT. ATTIC - DAY #1A#

        Dust hangs in the light.

        EXT. FIELD - DAY #2#

        The grass is still.

        INT. ATTIC - DAY #3#

        Dust hangs in the light.
        """;
    estimate(attic);
    String renumbered = attic.replace("#1A#", "#1B#");
    Result after = estimate(renumbered);
    assertSameAsFresh(after, renumbered);
    assertTrue(
        after.savings().stream()
            .anyMatch(s -> s.sceneIndex() == 2 && s.message().contains("first seen in scene 1B")),
        after.savings().toString());
  }

  @Test
  void anotherScreenplayBetweenTwoEstimatesChangesNothing() {
    Result first = estimate(FILM);
    engine.estimate(FountainParser.parse("INT. ELSEWHERE - DAY\n\nRain.\n"), CONFIG, "other");
    Result again = estimate(FILM);
    assertEquals(first.estimate(), again.estimate());
    assertSame(
        first.estimate().scenes().get(5).chunks(), again.estimate().scenes().get(5).chunks());
  }

  private static String editLine(String text, int line, UnaryOperator<String> change) {
    String[] lines = text.split("\n", -1);
    lines[line] = change.apply(lines[line]);
    return String.join("\n", lines);
  }
}
