package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** EXT/INT. is not a Fountain heading: the writer is told, and one click makes it one. */
class UnrecognisedHeadingFixTest {
  private static final String TEXT =
      "INT. HOUSE - DAY\n\nBob sits.\n\nEXT/INT. SWAMP SHACK - DAY\n\nThe door bangs.\n";

  private final ScenecostLanguageService service = Fixture.service();

  @Test
  void aMirroredPrefixIsAWarningAndTheFixForcesAHeading() {
    Analysis analysis = Fixture.analyze(service, TEXT);
    Diagnostic diagnostic =
        service.diagnostics(analysis).stream()
            .filter(d -> d.getCode().getLeft().equals("unrecognised-heading"))
            .findFirst()
            .orElseThrow();
    // "EXT/INT. SWAMP SHACK - DAY" is line 4, 26 characters.
    assertEquals(r(4, 0, 4, 26), diagnostic.getRange());
    assertEquals(DiagnosticSeverity.Warning, diagnostic.getSeverity());

    CodeActionParams params =
        new CodeActionParams(
            new TextDocumentIdentifier(analysis.uri()),
            diagnostic.getRange(),
            new CodeActionContext(List.of(diagnostic), List.of(CodeActionKind.QuickFix)));
    List<CodeAction> actions =
        service.codeActions(analysis, params, Fixture.NEVER_CANCELLED).stream()
            .map(e -> e.getRight())
            .toList();

    assertEquals(
        List.of("Make it a scene heading"), actions.stream().map(CodeAction::getTitle).toList());
    List<TextEdit> edits =
        actions.get(0).getEdit().getDocumentChanges().get(0).getLeft().getEdits();
    String fixed = Fixture.apply(TEXT, edits);
    assertEquals(
        "INT. HOUSE - DAY\n\nBob sits.\n\n.EXT/INT. SWAMP SHACK - DAY\n\nThe door bangs.\n", fixed);
    // After the fix the screenplay has two scenes and no such warning.
    Analysis after = Fixture.analyze(service, fixed);
    assertEquals(2, after.screenplay().scenes().size());
    assertEquals(
        List.of(),
        service.diagnostics(after).stream()
            .filter(d -> d.getCode().getLeft().equals("unrecognised-heading"))
            .toList());
  }
}
