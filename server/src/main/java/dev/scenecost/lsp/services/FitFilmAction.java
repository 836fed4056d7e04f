package dev.scenecost.lsp.services;

import dev.scenecost.budget.edit.TextChange;
import dev.scenecost.budget.fit.FilmFitter;
import dev.scenecost.budget.fit.FitPlan;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Finding;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * "Fit the film to its budget": the plan of {@code scenecost fit} ({@link FilmFitter}) as one
 * workspace edit of tier notes, so one undo takes it back. A quick fix of {@code film-over-budget}
 * and, on the title page's {@code Budget:} entry, a rewrite the writer can ask for any time.
 */
final class FitFilmAction implements QuickFix {
  static final String TITLE = "Fit the film to its budget";

  @Override
  public List<CodeAction> fixes(Analysis analysis, Finding finding, Diagnostic diagnostic) {
    return plan(analysis, CodeActionKind.QuickFix)
        .map(
            action -> {
              action.setDiagnostics(List.of(diagnostic));
              action.setIsPreferred(true);
              return List.of(action);
            })
        .orElse(List.of());
  }

  /** On the {@code Budget:} entry of the title page. */
  Optional<CodeAction> onBudgetEntry(Analysis analysis, Range range) {
    if (range == null || analysis.estimate().isEmpty()) {
      return Optional.empty();
    }
    FilmEstimate film = analysis.estimate().get();
    if (film.budgetRange() == null
        || range.getStart().getLine() < film.budgetRange().start().line()
        || range.getStart().getLine() > film.budgetRange().end().line()) {
      return Optional.empty();
    }
    return plan(analysis, CodeActionKind.RefactorRewrite);
  }

  private static Optional<CodeAction> plan(Analysis analysis, String kind) {
    if (analysis.estimate().isEmpty() || analysis.estimate().get().budget() == null) {
      return Optional.empty();
    }
    FilmEstimate film = analysis.estimate().get();
    FitPlan plan = FilmFitter.fit(film, analysis.project().config().fit());
    Optional<WorkspaceEdit> edit = edit(analysis, plan);
    if (edit.isEmpty()) {
      return Optional.empty();
    }
    int count = plan.changes().size();
    String title =
        TITLE
            + " — "
            + count
            + (count == 1 ? " scene changes tier" : " scenes change tier")
            + ", "
            + Amounts.money(plan.costWithContingency(), film.currencySymbol())
            + " with contingency of the "
            + Amounts.money(plan.budget(), film.currencySymbol())
            + " budget";
    CodeAction action = new CodeAction(title);
    action.setKind(kind);
    action.setEdit(edit.get());
    return Optional.of(action);
  }

  /**
   * The plan's tier notes as one edit of the document at the version it was planned on, so the
   * editor refuses it once the text has changed; empty when the plan does not fit or changes
   * nothing. The budget view's "Apply the plan" applies this same edit.
   */
  static Optional<WorkspaceEdit> edit(Analysis analysis, FitPlan plan) {
    if (analysis.estimate().isEmpty() || !plan.fits() || plan.changes().isEmpty()) {
      return Optional.empty();
    }
    List<TextChange> changes =
        FilmFitter.edits(
            analysis.estimate().get(), plan, line -> analysis.document().lines().line(line));
    return Optional.of(DocumentEdits.ofVersion(analysis, DocumentEdits.toLsp(changes)));
  }
}
