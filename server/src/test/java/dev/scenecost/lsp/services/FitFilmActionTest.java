package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.NEVER_CANCELLED;
import static dev.scenecost.lsp.services.Fixture.r;
import static dev.scenecost.lsp.services.Fixture.te;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.lsp.document.TextDocument;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Fit the film to its budget" on the film-over-budget diagnostic and on the Budget: entry. */
class FitFilmActionTest {
  @TempDir Path folder;

  private final ScenecostLanguageService service = Fixture.service();

  /**
   * The test project's film at $10: hero ($15.00) + standard ($7.50), no contingency, no scene
   * budgets, importance 3 each. Within $10: standard + previz ($8.25) and background + background
   * ($6.00) both score 3 x 3 + 3 x 1 = 3 x 2 + 3 x 2 = 12, the best that fits; the cheaper wins.
   */
  private static final String OVER =
      TestProject.FILM.replace("Budget: $90", "Budget: $10").replace(" [[budget: $10]]", "");

  private Analysis analyze(String text) {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    return service.analyze(new TextDocument(uri, 2, text));
  }

  private List<CodeAction> actions(Analysis analysis, Range range, List<Diagnostic> diagnostics) {
    CodeActionParams params =
        new CodeActionParams(
            new TextDocumentIdentifier(analysis.uri()), range, new CodeActionContext(diagnostics));
    return service.codeActions(analysis, params, NEVER_CANCELLED).stream()
        .map(e -> e.getRight())
        .filter(a -> a.getTitle().startsWith(FitFilmAction.TITLE))
        .toList();
  }

  private static List<TextEdit> edits(CodeAction action) {
    return action.getEdit().getDocumentChanges().get(0).getLeft().getEdits();
  }

  @Test
  void theFilmOverBudgetIsFixedByThePlanInOneEditThatKeepsItsPromise() {
    Analysis analysis = analyze(OVER);
    Diagnostic over =
        service.diagnostics(analysis).stream()
            .filter(d -> d.getCode().getLeft().equals("film-over-budget"))
            .findFirst()
            .orElseThrow();
    List<CodeAction> actions = actions(analysis, over.getRange(), List.of(over));
    assertEquals(1, actions.size());
    CodeAction fit = actions.get(0);
    assertEquals(
        "Fit the film to its budget — 2 scenes change tier, $6.00 with contingency of the $10.00"
            + " budget",
        fit.getTitle());
    assertEquals("quickfix", fit.getKind());
    assertEquals(1, fit.getEdit().getDocumentChanges().size());
    assertEquals(
        List.of(
            te(r(3, 17, 3, 31), "[[tier: background]]"),
            te(r(7, 16, 7, 16), " [[tier: background]]")),
        edits(fit));
    Analysis after = analyze(Fixture.apply(OVER, edits(fit)));
    FilmEstimate film = after.estimate().orElseThrow();
    assertTrue(film.fits());
    assertEquals(6.0, film.costWithContingency(), 1e-9);
    assertTrue(
        service.diagnostics(after).stream()
            .noneMatch(d -> d.getCode().getLeft().equals("film-over-budget")));
  }

  @Test
  void onTheBudgetEntryTheSamePlanIsARewriteOffered() {
    Analysis analysis = analyze(OVER);
    // The cursor on "Budget: $10" (line 1), without the diagnostic in the request.
    List<CodeAction> actions = actions(analysis, r(1, 3, 1, 3), List.of());
    assertEquals(1, actions.size());
    assertEquals("refactor.rewrite", actions.get(0).getKind());
    // Elsewhere, nothing.
    assertEquals(List.of(), actions(analysis, r(5, 0, 5, 0), List.of()));
  }
}
