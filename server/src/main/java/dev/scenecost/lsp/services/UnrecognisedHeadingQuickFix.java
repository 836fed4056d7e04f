package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.SourceRange;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;

/**
 * For a line such as {@code EXT/INT. SWAMP SHACK - DAY} that Fountain does not read as a heading: a
 * leading dot forces it to be one, keeping the writer's words as they are.
 */
final class UnrecognisedHeadingQuickFix implements ParseWarningFix {

  @Override
  public List<CodeAction> fixes(Analysis analysis, ParseWarning warning, Diagnostic diagnostic) {
    SourceRange range = warning.range();
    TextEdit dot =
        new TextEdit(
            Ranges.toLsp(
                SourceRange.of(
                    range.start().line(),
                    range.start().character(),
                    range.start().line(),
                    range.start().character())),
            ".");
    return List.of(NoteEdits.quickFix("Make it a scene heading", analysis, diagnostic, dot, true));
  }
}
