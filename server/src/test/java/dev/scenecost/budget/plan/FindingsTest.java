package dev.scenecost.budget.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.SceneNote;
import dev.scenecost.budget.result.SceneStatus;
import dev.scenecost.budget.result.Severity;
import dev.scenecost.jfountain.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings of whole estimates: notes, title page, consistency. */
class FindingsTest {
  private static List<FindingCode> codes(FilmEstimate film) {
    return film.findings().stream().map(Finding::code).toList();
  }

  @Test
  void unreadableNotesAreReportedOnTheNoteAndIgnored() {
    FilmEstimate film =
        TestConfigs.estimate(
            "INT. HALL - DAY\n\n[[budget: lots]]\n\n"
                + "[[duration: soon]]\n\n[[importance: urgent]]\n\nQuiet.\n");
    assertEquals(
        List.of(FindingCode.MALFORMED_NOTE, FindingCode.MALFORMED_NOTE, FindingCode.MALFORMED_NOTE),
        codes(film));
    Finding budget = film.findings().get(0);
    assertEquals(Severity.WARNING, budget.severity());
    assertEquals(SourceRange.of(2, 0, 2, 16), budget.range());
    assertEquals(
        "Can't read the budget \"lots\"; write an amount like [[budget: $150]].", budget.message());
    var scene = film.scenes().get(0);
    assertNull(scene.explicitBudget());
    assertEquals(3, scene.importance());
    assertEquals(3, scene.notes().size());
    assertEquals(false, scene.note(SceneNote.DURATION).orElseThrow().valid());
  }

  @Test
  void readableNotesSetBudgetImportanceAndDuration() {
    var scene =
        TestConfigs.estimate(
                "INT. HALL - DAY\n\n[[budget: $1.5k; importance: high]]\n\n"
                    + "[[duration: 45s]]\n\nQuiet.\n")
            .scenes()
            .get(0);
    assertEquals(1500.0, scene.explicitBudget(), 1e-9);
    assertEquals(4, scene.importance());
    assertEquals(45.0, scene.screenSeconds(), 1e-9);
    // Its own budget is its allocation even without a film budget.
    assertEquals(1500.0, scene.allocation(), 1e-9);
    assertEquals(SceneStatus.FITS, scene.status());
  }

  @Test
  void anUnreadableTitleBudgetIsReportedOnTheEntry() {
    FilmEstimate film =
        TestConfigs.estimate("Title: X\nBudget: a lot\n\nINT. HALL - DAY\n\nQuiet.\n");
    assertEquals(List.of(FindingCode.MALFORMED_TITLE_ENTRY), codes(film));
    assertEquals(SourceRange.of(1, 0, 1, 13), film.findings().get(0).range());
    assertNull(film.budget());
  }

  @Test
  void theTitlePageContingencyWinsOverTheConfig() {
    FilmEstimate film =
        TestConfigs.estimate("Title: X\nContingency: 10%\n\nINT. HALL - DAY\n\n" + "Quiet.\n");
    assertEquals(10.0, film.contingencyPercent(), 1e-9);
    assertEquals(film.cost().amount() * 0.10, film.contingency(), 1e-12);
  }

  @Test
  void aBudgetGivenOnTheCommandLineWinsOverTheTitlePage() {
    var engine = new dev.scenecost.budget.BudgetEngine();
    var screenplay =
        dev.scenecost.jfountain.FountainParser.parse(
            "Title: X\nBudget: $100\n\nINT. HALL - DAY\n\nQuiet.\n");
    FilmEstimate film = engine.estimate(screenplay, TestConfigs.simple().withBudget(1));
    assertEquals(1.0, film.budget(), 1e-9);
    assertNull(film.budgetRange());
    assertEquals(
        List.of(
            FindingCode.FILM_OVER_BUDGET,
            FindingCode.BUDGET_EXHAUSTED,
            FindingCode.SCENE_OVER_ALLOCATION),
        codes(film));
  }

  @Test
  void aRecurringCharacterAtTwoTiersIsAConsistencyRisk() {
    FilmEstimate film =
        TestConfigs.estimate(
            "INT. HALL - DAY\n\nANNA\nHi.\n\n"
                + "INT. ROOF - DAY\n\n[[tier: hero]]\n\nANNA\nHello.\n\n"
                + "INT. CELLAR - DAY\n\nANNA\nBye.\n");
    List<Finding> consistency =
        film.findings().stream()
            .filter(f -> f.code() == FindingCode.CHARACTER_TIER_INCONSISTENT)
            .toList();
    assertEquals(1, consistency.size());
    Finding finding = consistency.get(0);
    assertEquals(Severity.INFORMATION, finding.severity());
    // On the first scene at another tier (the roof, line 5); the others are related.
    assertEquals(1, finding.sceneIndex());
    assertEquals(5, finding.range().start().line());
    // HALL on line 0, CELLAR on line 12.
    assertEquals(
        List.of(0, 12), finding.related().stream().map(r -> r.range().start().line()).toList());
    assertEquals(
        "ANNA is generated at \"standard\" in scenes 1, 3 and at \"hero\" in scene 2: the"
            + " character may look different from one model to the other. Use one tier for these"
            + " scenes, or accept the risk.",
        finding.message());
    assertEquals(java.util.Set.of("standard", "hero"), film.characters().get("ANNA").tiers());
  }

  @Test
  void aCharacterOnlyHeardAtAnotherTierIsNoRisk() {
    FilmEstimate film =
        TestConfigs.estimate(
            "INT. HALL - DAY\n\nANNA\nHi.\n\n"
                + "INT. ROOF - DAY\n\n[[tier: hero]]\n\nANNA (V.O.)\nHello.\n");
    assertEquals(List.of(), codes(film));
  }

  @Test
  void scenesAreNamedByNumberOrPosition() {
    FilmEstimate mixed = TestConfigs.estimate("INT. A - DAY #1#\n\nX.\n\nINT. B - DAY\n\nY.\n");
    assertEquals(List.of("1", "(2)"), mixed.scenes().stream().map(s -> s.label()).toList());
    FilmEstimate plain = TestConfigs.estimate("INT. A - DAY\n\nX.\n\nINT. B - DAY\n\nY.\n");
    assertEquals(List.of("1", "2"), plain.scenes().stream().map(s -> s.label()).toList());
  }

  @Test
  void characterAppearancesForHovers() {
    FilmEstimate film =
        TestConfigs.estimate(
            "INT. HALL - DAY\n\nANNA\nHi.\n\nBEN\nHello.\n\n" + "INT. ROOF - DAY\n\nANNA\nBye.\n");
    var anna = film.characters().get("ANNA");
    assertEquals(List.of(0, 1), anna.appearances().stream().map(a -> a.sceneIndex()).toList());
    // "Hi." 3 + "Bye." 4 = 7 of 7 + "Hello." 6 = 13 spoken characters.
    assertEquals(7, anna.dialogueCharacters());
    assertEquals(7.0 / 13, anna.dialogueShare(), 1e-12);
    // Sheet: 4 x $0.05.
    assertEquals(0.20, anna.referenceCost().amount(), 1e-12);
  }

  @Test
  void aLockedTierIsReadAndAnUnknownWordAfterTheTierIsMalformed() {
    var locked = TestConfigs.estimate("INT. HALL - DAY [[tier: hero, locked]]\n\nQuiet.\n");
    assertEquals(List.of(), codes(locked));
    assertEquals("hero", locked.scenes().get(0).tier());
    var frozen = TestConfigs.estimate("INT. HALL - DAY [[tier: hero, frozen]]\n\nQuiet.\n");
    assertEquals(List.of(FindingCode.MALFORMED_NOTE), codes(frozen));
    assertEquals("hero", frozen.scenes().get(0).tier());
    assertEquals(
        "Can't read \"frozen\" after the tier; the only word allowed there is \"locked\", as in"
            + " [[tier: hero, locked]]. The tier applies, unlocked.",
        frozen.findings().get(0).message());
  }
}
