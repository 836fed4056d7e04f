package dev.scenecost.budget.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.lsp.services.TestProject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Savings on the hand-priced test project: only video costs money (standard $1 a second, one
 * generation per usable second), images are free, so a still costs $0.00.
 */
class SavingsFinderTest {
  /**
   * Scenes 1 and 3 are 7 lines: 1/8 page, 7.5 s, a beat of 3.0 s (2 of 5 lines) and an exchange of
   * 4.5 s. Scene 2 is one beat of 7.5 s. No one is named in the beats and nothing moves.
   */
  private static final String FILM =
      """
      INT. ATTIC - DAY

      Dust hangs in the light.

      ANNA
      Hello.

      EXT. FIELD - DAY

      The grass is still.

      INT. ATTIC - DAY

      Dust hangs in the light.

      ANNA
      Again.
      """;

  private static List<Saving> find(String settings) {
    LoadedConfig loaded =
        ConfigLoader.fromText(
            TestProject.CONFIG.replaceFirst("\\{", "{" + settings), "scenecost.json");
    assertEquals(List.of(), loaded.problems());
    ProjectConfig config = loaded.config();
    Screenplay screenplay = FountainParser.parse(FILM);
    FilmEstimate film = new BudgetEngine().estimate(screenplay, config);
    return SavingsFinder.find(film, screenplay, config, config.savings());
  }

  /** The rules added after this test was written; LowResolutionAndLipsyncTest covers them. */
  private static final String LATER_RULES_OFF = "\"lipsync-on-keyframe\": false";

  @Test
  void anEstablishingShotAndStillBeatsWithTheirAmountsAndTotal() {
    // generate-low-upscale stays on and finds nothing: "video-1" names no 720p price.
    List<Saving> savings = find("\"savings\": {" + LATER_RULES_OFF + "},");
    assertEquals(
        List.of(
            SavingRule.STILL_WITH_CAMERA_MOVE,
            SavingRule.STILL_WITH_CAMERA_MOVE,
            SavingRule.REUSE_ESTABLISHING_SHOT),
        savings.stream().map(Saving::rule).toList());
    // Scene 1's beat: 3.0 s x $1 = $3.00 less a $0.00 still. Scene 2: 7.5 s = $7.50. Scene 3
    // returns to the attic by day: its opening 3 s ($3.00) can be the first scene's shot; that
    // beat is not counted again as a still.
    assertEquals(List.of(0, 1, 2), savings.stream().map(Saving::sceneIndex).toList());
    assertEquals(3.00, savings.get(0).amount(), 1e-9);
    assertEquals(7.50, savings.get(1).amount(), 1e-9);
    assertEquals(3.00, savings.get(2).amount(), 1e-9);
    assertEquals(13.50, SavingsFinder.total(savings), 1e-9);
    assertEquals(
        "The scene returns to ATTIC at DAY, first seen in scene 1: reusing that establishing"
            + " shot instead of generating its first 3s again saves about $3.00.",
        savings.get(2).message());
    assertEquals(
        "\nSavings (hints):\n"
            + "  hint [scene 1] still-with-camera-move: "
            + savings.get(0).message()
            + "\n  hint [scene 2] still-with-camera-move: "
            + savings.get(1).message()
            + "\n  hint [scene 3] reuse-establishing-shot: "
            + savings.get(2).message()
            + "\n  Could be saved in all: $13.50 before contingency (3 places).\n",
        SavingsReport.table(savings, "$"));
  }

  @Test
  void eachRuleHasAnOffSwitchAndAThreshold() {
    List<Saving> noStills =
        find("\"savings\": {\"still-with-camera-move\": false, " + LATER_RULES_OFF + "},");
    assertEquals(
        List.of(SavingRule.REUSE_ESTABLISHING_SHOT), noStills.stream().map(Saving::rule).toList());
    // A $5 threshold keeps only the $7.50 beat.
    List<Saving> big =
        find(
            "\"savings\": {\"still-with-camera-move\": {\"minimumSaving\": 5},"
                + " \"reuse-establishing-shot\": false, "
                + LATER_RULES_OFF
                + "},");
    assertEquals(List.of(7.50), big.stream().map(Saving::amount).toList());
  }

  @Test
  void aBeatWhereSomethingMovesOrSomeoneIsSeenNeedsItsClip() {
    LoadedConfig loaded =
        ConfigLoader.fromText(
            TestProject.CONFIG.replaceFirst("\\{", "{\"savings\": {" + LATER_RULES_OFF + "},"),
            "scenecost.json");
    String text =
        "INT. ATTIC - DAY\n\nThe door swings open.\n\nEXT. FIELD - DAY\n\nANNA waits.\n\nANNA\nHi.\n";
    Screenplay screenplay = FountainParser.parse(text);
    FilmEstimate film = new BudgetEngine().estimate(screenplay, loaded.config());
    assertEquals(
        List.of(),
        SavingsFinder.find(film, screenplay, loaded.config(), loaded.config().savings()));
  }
}
