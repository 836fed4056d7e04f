package dev.scenecost.lsp.protocol;

import static dev.scenecost.lsp.protocol.TestEditor.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.lsp.services.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever an editor sends, the server logs it and keeps answering. */
class RobustnessTest {
  @TempDir Path folder;

  private static HoverParams hoverAt(String uri, int line, int character) {
    return new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character));
  }

  private static void write(TestEditor editor, String raw) throws Exception {
    editor.rawToServer.write(raw.getBytes(StandardCharsets.UTF_8));
    editor.rawToServer.flush();
  }

  private static String message(String json) {
    return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
  }

  @Test
  void garbageJsonRpcIsLoggedAndTheServerKeepsAnswering() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    // LSP4J reports each broken message with a stack trace on stderr: expected here, so hushed.
    java.util.logging.Logger jsonRpcLog =
        java.util.logging.Logger.getLogger("org.eclipse.lsp4j.jsonrpc");
    java.util.logging.Level level = jsonRpcLog.getLevel();
    jsonRpcLog.setLevel(java.util.logging.Level.OFF);
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(EditorSessionTest.initializeParams(folder)));
      write(editor, message("{this is not json"));
      write(
          editor, message("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/hover\",\"params\":42}"));
      write(
          editor,
          message(
              "{\"jsonrpc\":\"2.0\",\"id\":\"x1\",\"method\":\"no/such/method\",\"params\":{}}"));
      write(editor, message("[1, 2, 3]"));
      editor.open(uri, 1, TestProject.FILM);
      assertNotNull(get(editor.server.getTextDocumentService().hover(hoverAt(uri, 3, 2))));
    } finally {
      jsonRpcLog.setLevel(level);
    }
  }

  @Test
  void requestsForDocumentsNeverOpenedAnswerEmpty() throws Exception {
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(EditorSessionTest.initializeParams(folder)));
      String nowhere = folder.resolve("nowhere.fountain").toUri().toString();
      assertNull(get(editor.server.getTextDocumentService().hover(hoverAt(nowhere, 0, 0))));
      assertEquals(
          List.of(),
          get(
              editor
                  .server
                  .getTextDocumentService()
                  .codeLens(new CodeLensParams(new TextDocumentIdentifier(nowhere)))));
      // JSON null arrives as null
      assertNull(
          get(
              editor.server.report(
                  new dev.scenecost.lsp.ScenecostServerExtensions.ReportParams(nowhere))));
      assertTrue(
          editor.logMessages.stream().anyMatch(m -> m.getMessage().contains("has not opened")));
      // a change to a document never opened is ignored, not fatal
      editor
          .server
          .getTextDocumentService()
          .didChange(
              new DidChangeTextDocumentParams(
                  new VersionedTextDocumentIdentifier(nowhere, 2),
                  List.of(new TextDocumentContentChangeEvent("x"))));
      assertNull(get(editor.server.getTextDocumentService().hover(hoverAt(nowhere, 0, 0))));
    }
  }

  @Test
  void outOfOrderEditsAndPositionsPastTheEndAreClamped() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(EditorSessionTest.initializeParams(folder)));
      var documents = editor.open(uri, 5, TestProject.FILM);
      // Version 6 after version 5, inserting at line 99: applied at the end of the text. (An
      // older version is stale and ignored: ProtocolParamsTest.)
      documents.didChange(
          new DidChangeTextDocumentParams(
              new VersionedTextDocumentIdentifier(uri, 6),
              List.of(
                  new TextDocumentContentChangeEvent(
                      new Range(new Position(99, 0), new Position(99, 4)),
                      "\nEXT. ROAD - NIGHT\n\nA car passes.\n"))));
      editor.awaitDiagnostics(uri, p -> p.getVersion() == 6);
      // The new scene exists: its heading is the 10th line + 1 blank = line 11.
      var lenses = get(documents.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
      assertEquals(4, lenses.size());
      assertNull(get(documents.hover(hoverAt(uri, 400, 7))));
      assertNull(get(documents.hover(hoverAt(uri, 3, 900))));
    }
  }

  @Test
  void exitWithoutShutdownExitsWithOne() throws Exception {
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(EditorSessionTest.initializeParams(folder)));
      editor.server.exit();
      assertEquals(1, get(editor.exitCode));
    }
  }

  @Test
  void theServerStopsWhenTheEditorProcessDies() throws Exception {
    Process fakeEditor = new ProcessBuilder("sleep", "60").start();
    try (TestEditor editor = new TestEditor()) {
      var params = EditorSessionTest.initializeParams(folder);
      params.setProcessId((int) fakeEditor.pid());
      get(editor.server.initialize(params));
      assertFalse(editor.exitCode.isDone());
      fakeEditor.destroy();
      assertEquals(1, get(editor.exitCode));
    } finally {
      fakeEditor.destroyForcibly();
    }
  }

  @Test
  void traceReportsEachEstimateOnceTurnedOn() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(EditorSessionTest.initializeParams(folder)));
      editor.server.initialized(new InitializedParams());
      editor.server.setTrace(new SetTraceParams("verbose"));
      editor.open(uri, 1, TestProject.FILM);
      editor.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (editor.traces.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(editor.traces.get(0).getMessage().startsWith("Estimated " + uri + " v1 in "));
      assertEquals("2 scenes", editor.traces.get(0).getVerbose());
    }
  }
}
