package dev.scenecost.lsp.services;

import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.SettingsEdit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/** For a tier naming a retired model: write its successor in scenecost.json instead. */
final class RetiredModelQuickFix implements QuickFix {

  @Override
  public List<CodeAction> fixes(Analysis analysis, Finding finding, Diagnostic diagnostic) {
    SettingsEdit edit = finding.settingsEdit();
    if (edit == null || edit.line() < 1 || edit.column() < 1) {
      return List.of();
    }
    int line = edit.line() - 1;
    int start = edit.column() - 1;
    TextEdit text =
        new TextEdit(Ranges.line(line, start, start + edit.length()), edit.replacement());
    CodeAction action = new CodeAction(edit.title() + " (in scenecost.json)");
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(diagnostic));
    action.setIsPreferred(true);
    String uri = Path.of(edit.file()).toUri().toString();
    action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(text))));
    return List.of(action);
  }
}
