package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.ParseWarning;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

/**
 * The fixes for one parser-warning code (exactly one class per code), as {@link QuickFix} is for
 * budget findings: a diagnostic is matched to the parse's warning with the same code and range.
 */
interface ParseWarningFix {
  List<CodeAction> fixes(Analysis analysis, ParseWarning warning, Diagnostic diagnostic);
}
