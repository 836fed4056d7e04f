package dev.scenecost.lsp.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.lsp.document.TextDocument;
import java.nio.file.Files;
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

/** A tier naming a retired model warns on the screenplay; the fix rewrites scenecost.json. */
class RetiredModelFixTest {
  private static final String CONFIG =
      "{\n  \"tiers\": {\"hero\": {\"video\": {\"model\": \"sora-2-pro\"}}}\n}\n";

  @TempDir Path folder;

  @Test
  void theQuickFixWritesTheSuccessorInTheSettingsFile() throws Exception {
    ScenecostLanguageService service = Fixture.service();
    String uri = TestProject.create(folder, CONFIG);
    Analysis analysis = service.analyze(new TextDocument(uri, 1, TestProject.FILM));
    Diagnostic diagnostic =
        service.diagnostics(analysis).stream()
            .filter(d -> d.getCode().getLeft().equals("retired-model"))
            .findFirst()
            .orElseThrow();
    assertEquals(DiagnosticSeverity.Warning, diagnostic.getSeverity());

    CodeActionParams params =
        new CodeActionParams(
            new TextDocumentIdentifier(uri),
            diagnostic.getRange(),
            new CodeActionContext(List.of(diagnostic), List.of(CodeActionKind.QuickFix)));
    List<CodeAction> actions =
        service.codeActions(analysis, params, Fixture.NEVER_CANCELLED).stream()
            .map(e -> e.getRight())
            .toList();
    assertEquals(
        List.of(
            "Use gemini/veo-3.1-generate-preview for the video of tier hero (in scenecost.json)"),
        actions.stream().map(CodeAction::getTitle).toList());
    Path config = folder.resolve("scenecost.json");
    List<TextEdit> edits = actions.get(0).getEdit().getChanges().get(config.toUri().toString());
    assertEquals(
        "{\n  \"tiers\": {\"hero\": {\"video\": {\"model\":"
            + " \"gemini/veo-3.1-generate-preview\"}}}\n}\n",
        Fixture.apply(Files.readString(config), edits));
  }
}
