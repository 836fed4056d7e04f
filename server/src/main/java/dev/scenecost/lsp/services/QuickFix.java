package dev.scenecost.lsp.services;

import dev.scenecost.budget.result.Finding;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

/** The fixes for one diagnostic code (exactly one class per code). */
interface QuickFix {
  List<CodeAction> fixes(Analysis analysis, Finding finding, Diagnostic diagnostic);
}
