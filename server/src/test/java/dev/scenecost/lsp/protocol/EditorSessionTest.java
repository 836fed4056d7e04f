package dev.scenecost.lsp.protocol;

import static dev.scenecost.lsp.protocol.TestEditor.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.scenecost.lsp.ScenecostServerExtensions.ReportParams;
import dev.scenecost.lsp.services.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole editing session over JSON-RPC, as VS Code or Neovim would run it. */
class EditorSessionTest {
  @TempDir Path folder;

  static InitializeParams initializeParams(Path folder) {
    InitializeParams params = new InitializeParams();
    params.setProcessId(
        (int) ProcessHandle.current().parent().orElse(ProcessHandle.current()).pid());
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "films")));
    ClientCapabilities capabilities = new ClientCapabilities();
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    PublishDiagnosticsCapabilities publish = new PublishDiagnosticsCapabilities();
    publish.setRelatedInformation(true);
    text.setPublishDiagnostics(publish);
    capabilities.setTextDocument(text);
    WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
    workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
    capabilities.setWorkspace(workspace);
    params.setCapabilities(capabilities);
    return params;
  }

  @Test
  void openEstimateFixAndSeeTheWarningGo() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    try (TestEditor editor = new TestEditor()) {
      InitializeResult init = get(editor.server.initialize(initializeParams(folder)));
      assertEquals(
          TextDocumentSyncKind.Incremental, init.getCapabilities().getTextDocumentSync().getLeft());
      editor.server.initialized(new InitializedParams());

      editor
          .server
          .getTextDocumentService()
          .didOpen(
              new DidOpenTextDocumentParams(
                  new TextDocumentItem(uri, "fountain", 1, TestProject.FILM)));
      // The hero scene costs $15.00 against its own $10 budget: one warning on its heading.
      Diagnostic over =
          editor.awaitDiagnostics(uri, p -> p.getVersion() == 1).getDiagnostics().get(0);
      assertEquals("scene-over-allocation", over.getCode().getLeft());
      assertEquals(3, over.getRange().getStart().getLine());

      Hover hover =
          get(
              editor
                  .server
                  .getTextDocumentService()
                  .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(3, 6))));
      assertTrue(
          hover
              .getContents()
              .getRight()
              .getValue()
              .startsWith("**Scene 1 · INT\\. ATTIC \\- DAY**"));

      List<? extends CodeLens> lenses =
          get(
              editor
                  .server
                  .getTextDocumentService()
                  .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
      assertEquals(3, lenses.size());
      assertTrue(
          lenses.get(1).getCommand().getTitle().contains("$15.00 · hero · 150% of $10.00 budget"));

      CodeAction fix =
          get(editor
                  .server
                  .getTextDocumentService()
                  .codeAction(
                      new CodeActionParams(
                          new TextDocumentIdentifier(uri),
                          over.getRange(),
                          new CodeActionContext(List.of(over)))))
              .get(0)
              .getRight();
      assertEquals(
          "Switch to tier \"standard\" — $15.00 → $7.50, fits the $10.00 allocation",
          fix.getTitle());

      // Apply the fix as the editor does: the versioned edit becomes an incremental change.
      TextDocumentEdit edit = fix.getEdit().getDocumentChanges().get(0).getLeft();
      assertEquals(1, edit.getTextDocument().getVersion());
      List<TextDocumentContentChangeEvent> changes =
          edit.getEdits().stream()
              .map(e -> new TextDocumentContentChangeEvent(e.getRange(), e.getNewText()))
              .toList();
      editor
          .server
          .getTextDocumentService()
          .didChange(
              new DidChangeTextDocumentParams(
                  new VersionedTextDocumentIdentifier(uri, 2), changes));
      // $7.50 at standard fits the $10: only the savings hint on scene 2's still beat is left.
      assertEquals(
          List.of("still-with-camera-move"),
          editor.awaitDiagnostics(uri, p -> p.getVersion() == 2).getDiagnostics().stream()
              .map(d -> d.getCode().getLeft())
              .toList());

      JsonObject report = get(editor.server.report(new ReportParams(uri))).getAsJsonObject();
      assertEquals(
          "standard",
          report.getAsJsonArray("scenes").get(0).getAsJsonObject().get("tier").getAsString());
      assertEquals(2, report.getAsJsonArray("scenes").size());

      assertNull(get(editor.server.shutdown()));
      editor.server.exit();
      assertEquals(0, get(editor.exitCode));
    }
  }

  @Test
  void settingsFromInitializationOptionsAndTheirChanges() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    try (TestEditor editor = new TestEditor()) {
      InitializeParams params = initializeParams(folder);
      params.setInitializationOptions(
          com.google.gson.JsonParser.parseString("{\"scenecost\": {\"display\": \"inlayHints\"}}"));
      get(editor.server.initialize(params));
      var documents = editor.server.getTextDocumentService();
      documents.didOpen(
          new DidOpenTextDocumentParams(
              new TextDocumentItem(uri, "fountain", 1, TestProject.FILM)));
      CodeLensParams lensParams = new CodeLensParams(new TextDocumentIdentifier(uri));
      assertEquals(List.of(), get(documents.codeLens(lensParams)));
      var hintParams =
          new org.eclipse.lsp4j.InlayHintParams(
              new TextDocumentIdentifier(uri),
              new org.eclipse.lsp4j.Range(new Position(0, 0), new Position(20, 0)));
      assertEquals(2, get(documents.inlayHint(hintParams)).size());

      editor
          .server
          .getWorkspaceService()
          .didChangeConfiguration(
              new org.eclipse.lsp4j.DidChangeConfigurationParams(
                  com.google.gson.JsonParser.parseString(
                      "{\"scenecost\": {\"display\": \"codeLens\"}}")));
      assertEquals(3, get(documents.codeLens(lensParams)).size());
      assertEquals(List.of(), get(documents.inlayHint(hintParams)));
    }
  }

  @Test
  void theConfigFileIsWatchedAndItsProblemsShowOnItself() throws Exception {
    String uri = TestProject.create(folder, "{ \"contingencyPercent\": 0,\n  \"budget\": oops }\n");
    String configUri = folder.resolve("scenecost.json").toUri().toString();
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(initializeParams(folder)));
      editor.server.initialized(new InitializedParams());
      assertEquals(
          "workspace/didChangeWatchedFiles",
          editor.awaitRegistration().getRegistrations().get(0).getMethod());
      editor
          .server
          .getTextDocumentService()
          .didOpen(
              new DidOpenTextDocumentParams(
                  new TextDocumentItem(uri, "fountain", 1, TestProject.FILM)));
      // The JSON error is on line 2 (0-based 1) of scenecost.json, published on that file.
      Diagnostic problem =
          editor
              .awaitDiagnostics(configUri, p -> !p.getDiagnostics().isEmpty())
              .getDiagnostics()
              .get(0);
      assertEquals("config-problem", problem.getCode().getLeft());
      assertEquals(1, problem.getRange().getStart().getLine());
      // The screenplay is still estimated, on the built-in defaults.
      List<? extends CodeLens> lenses =
          get(
              editor
                  .server
                  .getTextDocumentService()
                  .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
      assertEquals(3, lenses.size());

      Files.writeString(folder.resolve("scenecost.json"), TestProject.CONFIG);
      editor
          .server
          .getWorkspaceService()
          .didChangeWatchedFiles(
              new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                  List.of(
                      new org.eclipse.lsp4j.FileEvent(
                          configUri, org.eclipse.lsp4j.FileChangeType.Changed))));
      assertEquals(
          List.of(),
          editor.awaitDiagnostics(configUri, p -> p.getDiagnostics().isEmpty()).getDiagnostics());
      // With the fixed prices the hero scene is $5.00 over its $10 again.
      editor.awaitDiagnostics(
          uri,
          p ->
              p.getDiagnostics().stream()
                  .anyMatch(d -> d.getMessage().contains("needs $15.00 at \"hero\"")));
    }
  }
}
