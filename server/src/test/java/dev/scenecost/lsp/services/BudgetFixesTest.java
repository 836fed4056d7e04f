package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.NEVER_CANCELLED;
import static dev.scenecost.lsp.services.Fixture.r;
import static dev.scenecost.lsp.services.Fixture.te;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.lsp.document.TextDocument;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budget diagnostics and their quick fixes, on the hand-priced test project. */
class BudgetFixesTest {
  @TempDir Path folder;

  private final ScenecostLanguageService service = Fixture.service();

  private Analysis analyze(String text) {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    return service.analyze(new TextDocument(uri, 4, text));
  }

  /**
   * The quick fixes only, as an editor asks for them (the usage actions are in UsageActionsTest).
   */
  private List<CodeAction> actions(Analysis analysis, Diagnostic diagnostic) {
    CodeActionParams params =
        new CodeActionParams(
            new TextDocumentIdentifier(analysis.uri()),
            diagnostic.getRange(),
            new CodeActionContext(List.of(diagnostic), List.of(CodeActionKind.QuickFix)));
    return service.codeActions(analysis, params, NEVER_CANCELLED).stream()
        .map(e -> e.getRight())
        .toList();
  }

  private static List<TextEdit> edits(CodeAction action) {
    return action.getEdit().getDocumentChanges().get(0).getLeft().getEdits();
  }

  @Test
  void aSceneOverItsAllocationWhileTheFilmFitsIsInformationOnItsHeading() {
    // The heading with its two notes is 47 characters long. The film ($22.50) fits its $90, so
    // the scene over its own $10 borrows from the other scene: information, not a warning.
    Fixture.assertDiagnostics(
        service.diagnostics(analyze(TestProject.FILM)),
        Fixture.d(r(3, 0, 3, 47), "scene-over-allocation", DiagnosticSeverity.Information),
        // "The grass is still.": no one, nothing moving: a still would do (SavingsFinderTest).
        Fixture.d(r(9, 0, 9, 19), "still-with-camera-move", DiagnosticSeverity.Hint));
  }

  @Test
  void quickFixesOfferCheaperTiersThatFitABudgetRaiseAndBackground() {
    Analysis analysis = analyze(TestProject.FILM);
    List<CodeAction> actions = actions(analysis, service.diagnostics(analysis).get(0));
    // $15.00 at hero against $10: standard $7.50 and previz $0.75 fit; background ($3.00) has
    // its own action; raising the budget rounds $15.00 up to whole units: 15, read as $15.00
    // like every amount below $100, written into the note as a writer types it, $15.
    assertEquals(
        List.of(
            "Switch to tier \"standard\" — $15.00 → $7.50, fits the $10.00 allocation",
            "Switch to tier \"previz\" — $15.00 → $0.75, fits the $10.00 allocation",
            "Raise this scene's budget to $15.00",
            "Mark as background — $15.00 → $3.00, fits the $10.00 allocation"),
        actions.stream().map(CodeAction::getTitle).toList());
    assertEquals(Boolean.TRUE, actions.get(0).getIsPreferred());
    assertTrue(actions.stream().allMatch(a -> "quickfix".equals(a.getKind())));
    // The tier note "[[tier: hero]]" is columns 17-31 of line 3, the budget note 32-47.
    assertEquals(List.of(te(r(3, 17, 3, 31), "[[tier: standard]]")), edits(actions.get(0)));
    assertEquals(List.of(te(r(3, 32, 3, 47), "[[budget: $15]]")), edits(actions.get(2)));
    assertEquals(List.of(te(r(3, 17, 3, 31), "[[tier: background]]")), edits(actions.get(3)));
    // Versioned: the edit applies only to the version it was computed from.
    assertEquals(
        4,
        actions
            .get(0)
            .getEdit()
            .getDocumentChanges()
            .get(0)
            .getLeft()
            .getTextDocument()
            .getVersion());
  }

  @Test
  void aFilmOverBudgetAndTheSceneWhereItRunsOut() {
    // Budget $10, no scene budgets: the scenes share it by their cost at the default tier
    // (standard, $7.50 each), whatever tier they are at: $5.00 each. The running total passes
    // $10 in the first scene already, and the film needs $22.50.
    String text =
        TestProject.FILM.replace("Budget: $90", "Budget: $10").replace(" [[budget: $10]]", "");
    Analysis analysis = analyze(text);
    List<Diagnostic> diagnostics = service.diagnostics(analysis);
    Fixture.assertDiagnostics(
        diagnostics,
        Fixture.d(r(1, 0, 1, 11), "film-over-budget", DiagnosticSeverity.Error),
        Fixture.d(r(3, 0, 3, 31), "budget-exhausted", DiagnosticSeverity.Error),
        Fixture.d(r(3, 0, 3, 31), "scene-over-allocation", DiagnosticSeverity.Warning),
        Fixture.d(r(7, 0, 7, 16), "scene-over-allocation", DiagnosticSeverity.Warning),
        Fixture.d(r(9, 0, 9, 19), "still-with-camera-move", DiagnosticSeverity.Hint));
    // Where the budget runs out, only cheaper tiers help: standard ($7.50) does not fit $5.00.
    assertEquals(
        List.of(
            "Switch to tier \"previz\" — $15.00 → $0.75, fits the $5.00 allocation",
            "Mark as background — $15.00 → $3.00, fits the $5.00 allocation"),
        actions(analysis, diagnostics.get(1)).stream().map(CodeAction::getTitle).toList());
    // The film-wide error is fixed by fitting the film (FitFilmActionTest).
    assertEquals(
        List.of(FitFilmAction.TITLE),
        actions(analysis, diagnostics.get(0)).stream()
            .map(a -> a.getTitle().substring(0, FitFilmAction.TITLE.length()))
            .toList());
  }

  @Test
  void withoutATierNoteTheFixAddsOneBeforeTheSceneNumber() {
    String text =
        TestProject.FILM.replace(
            "INT. ATTIC - DAY [[tier: hero]] [[budget: $10]]",
            "INT. ATTIC - DAY [[budget: $5]] #1#");
    Analysis analysis = analyze(text);
    Diagnostic over = service.diagnostics(analysis).get(0);
    // standard $7.50 is over $5; previz $0.75 fits; background $3.00 fits.
    List<CodeAction> actions = actions(analysis, over);
    assertEquals(
        "Switch to tier \"previz\" — $7.50 → $0.75, fits the $5.00 allocation",
        actions.get(0).getTitle());
    // "INT. ATTIC - DAY [[budget: $5]]" is 31 characters; the note goes before " #1#".
    assertEquals(List.of(te(r(3, 31, 3, 31), " [[tier: previz]]")), edits(actions.get(0)));
    assertEquals(
        "INT. ATTIC - DAY [[budget: $5]] [[tier: previz]] #1#",
        Fixture.apply(text, edits(actions.get(0))).lines().skip(3).findFirst().orElseThrow());
  }

  @Test
  void anUnknownTierIsAnErrorFixedByTheClosestNames() {
    String text = TestProject.FILM.replace("[[tier: hero]]", "[[tier: heor]]");
    Analysis analysis = analyze(text);
    Diagnostic unknown =
        service.diagnostics(analysis).stream()
            .filter(d -> d.getCode().getLeft().equals("unknown-tier"))
            .findFirst()
            .orElseThrow();
    assertEquals(DiagnosticSeverity.Error, unknown.getSeverity());
    assertEquals(r(3, 17, 3, 31), unknown.getRange());
    CodeAction first = actions(analysis, unknown).get(0);
    assertEquals("Change to tier \"hero\"", first.getTitle());
    assertEquals(List.of(te(r(3, 17, 3, 31), "[[tier: hero]]")), edits(first));
  }

  @Test
  void anUnreadableImportanceOffersTheWordsThatWorkOrRemoval() {
    // "INT. ATTIC - DAY [[tier: hero]] [[budget: $10]]" is 47 characters; the note starts at 48.
    String text =
        TestProject.FILM.replace("[[budget: $10]]", "[[budget: $10]] [[importance: hgih]]");
    Analysis analysis = analyze(text);
    Diagnostic malformed =
        service.diagnostics(analysis).stream()
            .filter(d -> d.getCode().getLeft().equals("malformed-note"))
            .findFirst()
            .orElseThrow();
    assertEquals(r(3, 48, 3, 68), malformed.getRange());
    List<CodeAction> actions = actions(analysis, malformed);
    assertEquals(
        List.of(
            "Set importance to high",
            "Set importance to normal",
            "Set importance to low",
            "Remove this importance note"),
        actions.stream().map(CodeAction::getTitle).toList());
    assertEquals(List.of(te(r(3, 48, 3, 68), "[[importance: high]]")), edits(actions.get(0)));
    // Removal takes the space before the note too.
    assertEquals(List.of(te(r(3, 47, 3, 68), "")), edits(actions.get(3)));
  }

  @Test
  void anUnreadableNoteOnItsOwnLineIsRemovedWithItsLine() {
    String text = TestProject.FILM.replace("Dust falls.", "Dust falls.\n[[duration: soon]]");
    Analysis analysis = analyze(text);
    Diagnostic malformed =
        service.diagnostics(analysis).stream()
            .filter(d -> d.getCode().getLeft().equals("malformed-note"))
            .findFirst()
            .orElseThrow();
    List<CodeAction> actions = actions(analysis, malformed);
    assertEquals(
        List.of("Remove this duration note"), actions.stream().map(CodeAction::getTitle).toList());
    // The note is line 6; the edit removes lines 6 up to the start of 7.
    assertEquals(List.of(te(r(6, 0, 7, 0), "")), edits(actions.get(0)));
    assertEquals(TestProject.FILM, Fixture.apply(text, edits(actions.get(0))));
  }

  @Test
  void aDiagnosticFromAnotherVersionOrAnotherToolGetsNoFix() {
    Analysis analysis = analyze(TestProject.FILM);
    Diagnostic moved = service.diagnostics(analysis).get(0);
    moved.setRange(r(5, 0, 5, 11));
    assertEquals(List.of(), actions(analysis, moved));
    Diagnostic foreign =
        new Diagnostic(
            r(3, 0, 3, 47), "spelling", DiagnosticSeverity.Hint, "cSpell", "unknown-word");
    assertEquals(List.of(), actions(analysis, foreign));
  }
}
