package dev.scenecost.lsp.services;

import dev.scenecost.budget.result.Finding;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;

/** For {@code [[tier: heor]]}: replace it with each of the closest valid tier names. */
final class UnknownTierQuickFix implements QuickFix {

  @Override
  public List<CodeAction> fixes(Analysis analysis, Finding finding, Diagnostic diagnostic) {
    if (finding.range() == null) {
      return List.of();
    }
    List<CodeAction> actions = new ArrayList<>();
    boolean first = true;
    for (String tier : finding.suggestions()) {
      TextEdit edit = new TextEdit(Ranges.toLsp(finding.range()), "[[tier: " + tier + "]]");
      actions.add(
          NoteEdits.quickFix("Change to tier \"" + tier + "\"", analysis, diagnostic, edit, first));
      first = false;
    }
    return actions;
  }
}
