package dev.scenecost.budget.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneNote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a tier or budget note is written: only the value that applies changes. */
class SceneNoteEditsTest {
  private static String set(String text, String key, String value) {
    FilmEstimate film = TestConfigs.estimate(text);
    TextChange change =
        SceneNoteEdits.set(film.scenes().get(0), key, value, line -> TextChanges.line(text, line));
    return TextChanges.apply(text, List.of(change));
  }

  @Test
  void aNoteOfItsOwnIsReplacedWhole() {
    assertEquals(
        "INT. HALL - DAY [[tier: previz]]\n\nQuiet.\n",
        set("INT. HALL - DAY [[tier: hero]]\n\nQuiet.\n", SceneNote.TIER, "previz"));
  }

  @Test
  void inANoteWithSeveralKeysOnlyThatValueChanges() {
    assertEquals(
        "INT. HALL - DAY\n[[importance: high; tier: previz]]\n\nQuiet.\n",
        set(
            "INT. HALL - DAY\n[[importance: high; tier: hero]]\n\nQuiet.\n",
            SceneNote.TIER,
            "previz"));
    assertEquals(
        "INT. HALL - DAY\n[[tier: hero\nbudget: $20]]\n\nQuiet.\n",
        set("INT. HALL - DAY\n[[tier: hero\nbudget: $5]]\n\nQuiet.\n", SceneNote.BUDGET, "$20"));
  }

  @Test
  void aLockedTierStaysLockedAndAMissingNoteGoesBeforeTheSceneNumber() {
    assertEquals(
        "INT. HALL - DAY [[tier: standard, locked]]\n\nQuiet.\n",
        set("INT. HALL - DAY [[tier: hero, locked]]\n\nQuiet.\n", SceneNote.TIER, "standard"));
    assertEquals(
        "INT. HALL - DAY [[tier: previz]] #4#\n\nQuiet.\n",
        set("INT. HALL - DAY #4#\n\nQuiet.\n", SceneNote.TIER, "previz"));
  }

  @Test
  void windowsLineEndsAreKept() {
    assertEquals(
        "INT. HALL - DAY [[tier: previz]]\r\n\r\nQuiet.\r\n",
        set("INT. HALL - DAY\r\n\r\nQuiet.\r\n", SceneNote.TIER, "previz"));
  }
}
