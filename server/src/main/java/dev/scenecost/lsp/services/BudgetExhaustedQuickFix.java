package dev.scenecost.lsp.services;

import dev.scenecost.budget.result.Finding;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

/**
 * For the scene where the budget runs out: the same remedies as for a scene over its allocation (a
 * cheaper tier, background), since making this scene cheaper is what moves the cliff.
 */
final class BudgetExhaustedQuickFix implements QuickFix {
  private final SceneOverAllocationQuickFix sameRemedies = new SceneOverAllocationQuickFix();

  @Override
  public List<CodeAction> fixes(Analysis analysis, Finding finding, Diagnostic diagnostic) {
    return sameRemedies.fixes(analysis, finding, diagnostic).stream()
        .filter(action -> !action.getTitle().startsWith("Raise this scene's budget"))
        .toList();
  }
}
