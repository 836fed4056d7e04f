package dev.scenecost.lsp.protocol;

import static dev.scenecost.lsp.protocol.TestEditor.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.scenecost.lsp.ScenecostServerExtensions.ReportParams;
import dev.scenecost.lsp.services.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CodeLensWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording usage from the editor, over JSON-RPC: number the scenes, take the "Record usage"
 * action, execute its command with the amounts, and see the ledger row and the lens change.
 */
class UsageSessionTest {
  private static final Gson GSON = new Gson();

  @TempDir Path folder;

  private static InitializeParams initializeParams(Path folder) {
    InitializeParams params = EditorSessionTest.initializeParams(folder);
    params.getCapabilities().getWorkspace().setApplyEdit(true);
    params.getCapabilities().getWorkspace().setCodeLens(new CodeLensWorkspaceCapabilities(true));
    return params;
  }

  private static List<? extends CodeLens> lenses(TestEditor editor, String uri) throws Exception {
    return get(
        editor
            .server
            .getTextDocumentService()
            .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
  }

  private static JsonObject execute(TestEditor editor, String command, JsonObject arguments)
      throws Exception {
    Object answer =
        get(
            editor
                .server
                .getWorkspaceService()
                .executeCommand(new ExecuteCommandParams(command, List.of(arguments))));
    return GSON.toJsonTree(answer).getAsJsonObject();
  }

  @Test
  void recordUsageThroughTheCodeActionAndSeeTheLensChange() throws Exception {
    // TestProject.FILM: scene 1 (line 3) hero, $15.00; scene 2 (line 7) standard, $7.50; $90
    // budget.
    String uri = TestProject.create(folder, TestProject.CONFIG);
    Path ledger = folder.resolve("film.fountain.usage.csv");
    String ledgerUri = ledger.toUri().toString();
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(initializeParams(folder)));
      editor.server.initialized(new InitializedParams());
      // Over the wire the registration options arrive as plain JSON.
      String watchers =
          GSON.toJson(editor.awaitRegistration().getRegistrations().get(0).getRegisterOptions());
      assertTrue(watchers.contains("\"**/*.usage.csv\""), watchers);
      var documents = editor.server.getTextDocumentService();
      documents.didOpen(
          new DidOpenTextDocumentParams(
              new TextDocumentItem(uri, "fountain", 1, TestProject.FILM)));
      editor.awaitDiagnostics(uri, p -> p.getVersion() == 1);

      // Number all scenes: the server sends the edit with workspace/applyEdit.
      JsonObject edit =
          execute(
              editor,
              "scenecost.numberScenes",
              GSON.fromJson("{\"uri\": \"" + uri + "\"}", JsonObject.class));
      assertTrue(edit.has("documentChanges"), edit.toString());
      TestEditor.await("workspace/applyEdit", () -> !editor.appliedEdits.isEmpty());
      TextDocumentEdit numbers =
          editor.appliedEdits.get(0).getEdit().getDocumentChanges().get(0).getLeft();
      assertEquals(1, numbers.getTextDocument().getVersion());
      // At the ends of the headings: line 3 is 47 characters long, line 7 is 16.
      assertEquals(
          List.of("3:47 #1#", "7:16 #2#"),
          numbers.getEdits().stream()
              .map(
                  e ->
                      e.getRange().getStart().getLine()
                          + ":"
                          + e.getRange().getStart().getCharacter()
                          + e.getNewText())
              .toList());
      documents.didChange(
          new DidChangeTextDocumentParams(
              new VersionedTextDocumentIdentifier(uri, 2),
              numbers.getEdits().stream()
                  .map(e -> new TextDocumentContentChangeEvent(e.getRange(), e.getNewText()))
                  .toList()));
      editor.awaitDiagnostics(uri, p -> p.getVersion() == 2);

      List<CodeAction> actions =
          get(
                  documents.codeAction(
                      new CodeActionParams(
                          new TextDocumentIdentifier(uri),
                          new Range(new Position(3, 0), new Position(3, 0)),
                          new CodeActionContext(List.of(), List.of(CodeActionKind.Refactor)))))
              .stream()
              .map(e -> e.getRight())
              .toList();
      assertEquals(
          List.of("Record usage for scene 1…"),
          actions.stream().map(CodeAction::getTitle).toList());
      assertEquals("scenecost.recordUsage", actions.get(0).getCommand().getCommand());

      // The editor asks the writer for the amounts and sends the command back with them.
      JsonObject arguments =
          GSON.toJsonTree(actions.get(0).getCommand().getArguments().get(0)).getAsJsonObject();
      assertEquals(0, arguments.get("sceneIndex").getAsInt());
      assertEquals("1 (INT. ATTIC - DAY)", arguments.get("sceneLabel").getAsString());
      arguments.addProperty("cost", 6.00);
      arguments.addProperty("modality", "video");
      arguments.addProperty("model", "video-2");
      arguments.addProperty("units", 3);
      arguments.addProperty("unitKind", "seconds");
      arguments.addProperty("note", "test take");
      arguments.addProperty("date", "2026-11-20");
      JsonObject recorded = execute(editor, "scenecost.recordUsage", arguments);
      assertEquals(2, recorded.get("line").getAsInt());
      assertEquals(
          "date,scene,modality,model,units,unit kind,cost,note,import id\r\n"
              + "2026-11-20,1 (INT. ATTIC - DAY),video,video-2,3,seconds,6,test take,\r\n",
          Files.readString(ledger));
      TestEditor.await("workspace/codeLens/refresh", () -> editor.codeLensRefreshes.get() > 0);

      // Scene 1 is in progress: $6.00 of its $15.00. Forecast: 6.00 + (15.00 - 6.00) + 7.50 =
      // $22.50 with no contingency, within the $90 budget.
      List<? extends CodeLens> after = lenses(editor, uri);
      assertTrue(
          after.get(1).getCommand().getTitle().endsWith(" · spent $6.00 of est. $15.00"),
          after.get(1).getCommand().getTitle());
      assertTrue(
          after
              .get(0)
              .getCommand()
              .getTitle()
              .endsWith(" · spent $6.00 · forecast $22.50, fits the $90.00 budget"),
          after.get(0).getCommand().getTitle());
      JsonObject report = get(editor.server.report(new ReportParams(uri))).getAsJsonObject();
      assertEquals(
          22.5,
          report.getAsJsonObject("usage").getAsJsonObject("forecast").get("total").getAsDouble(),
          1e-9);

      // Without the amounts (an editor with no prompt): an error saying what to pass...
      arguments.remove("cost");
      ExecutionException failure =
          assertThrows(
              ExecutionException.class, () -> execute(editor, "scenecost.recordUsage", arguments));
      ResponseErrorException error =
          assertInstanceOf(ResponseErrorException.class, failure.getCause());
      assertTrue(
          error
              .getMessage()
              .startsWith("To record usage for scene 1, Scenecost needs what it cost."),
          error.getMessage());
      // ...nothing written, and the server keeps answering.
      assertEquals(2, Files.readAllLines(ledger).size());
      assertNotNull(
          get(
              documents.hover(
                  new HoverParams(new TextDocumentIdentifier(uri), new Position(3, 5)))));

      // The writer edits the ledger by hand: a row for scene 2 and one with an unreadable date.
      Files.writeString(
          ledger,
          Files.readString(ledger)
              + "2026-11-21,2,video,,,,2.00,,\r\n"
              + "yesterday,2,video,,,,1.00,,\r\n");
      editor
          .server
          .getWorkspaceService()
          .didChangeWatchedFiles(
              new DidChangeWatchedFilesParams(
                  List.of(new FileEvent(ledgerUri, FileChangeType.Changed))));
      // The bad row is line 4 of the ledger (0-based 3), reported on the ledger itself.
      var problems =
          editor.awaitDiagnostics(ledgerUri, p -> !p.getDiagnostics().isEmpty()).getDiagnostics();
      assertEquals(1, problems.size());
      assertEquals("usage-malformed-row", problems.get(0).getCode().getLeft());
      assertEquals(3, problems.get(0).getRange().getStart().getLine());
      assertTrue(
          lenses(editor, uri)
              .get(2)
              .getCommand()
              .getTitle()
              .endsWith(" · spent $2.00 of est. $7.50"));
    }
  }

  @Test
  void badCommandCallsAnswerErrorsAndTheServerKeepsRunning() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(initializeParams(folder)));
      var documents = editor.server.getTextDocumentService();
      documents.didOpen(
          new DidOpenTextDocumentParams(
              new TextDocumentItem(uri, "fountain", 1, TestProject.FILM)));
      var workspace = editor.server.getWorkspaceService();
      // No argument at all, a number instead of the object, a command that does not exist.
      List<ExecuteCommandParams> calls =
          List.of(
              new ExecuteCommandParams("scenecost.recordUsage", List.of()),
              new ExecuteCommandParams("scenecost.numberScenes", List.of(42)),
              new ExecuteCommandParams(
                  "scenecost.importUsage",
                  List.of(
                      GSON.fromJson(
                          "{\"uri\": \""
                              + uri
                              + "\", \"exportPath\": \""
                              + folder.resolve("none.csv")
                              + "\"}",
                          JsonObject.class))),
              new ExecuteCommandParams("scenecost.nothing", null));
      List<String> starts =
          List.of(
              "scenecost.recordUsage needs the screenplay's \"uri\"",
              "scenecost.numberScenes takes one object as its argument",
              "Could not read the export",
              "Scenecost has no command \"scenecost.nothing\"");
      for (int i = 0; i < calls.size(); i++) {
        ExecuteCommandParams call = calls.get(i);
        ExecutionException failure =
            assertThrows(ExecutionException.class, () -> get(workspace.executeCommand(call)));
        String message =
            assertInstanceOf(ResponseErrorException.class, failure.getCause()).getMessage();
        assertTrue(message.startsWith(starts.get(i)), message);
      }
      assertEquals(false, Files.exists(folder.resolve("film.fountain.usage.csv")));
      assertNotNull(
          get(
              documents.hover(
                  new HoverParams(new TextDocumentIdentifier(uri), new Position(3, 5)))));
    }
  }
}
