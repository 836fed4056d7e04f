package dev.scenecost.lsp.protocol;

import static dev.scenecost.lsp.protocol.TestEditor.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.scenecost.lsp.services.TestProject;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, over the wire: null or malformed params answer InvalidParams (never an internal error),
 * stale edits are ignored, and importUsage reads only a regular file of bounded size.
 */
class ProtocolParamsTest {
  @TempDir Path folder;

  private static String invalidParams(CompletableFuture<?> request) {
    ExecutionException failure = assertThrows(ExecutionException.class, () -> get(request));
    ResponseErrorException error =
        assertInstanceOf(ResponseErrorException.class, failure.getCause());
    assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode());
    return error.getMessage();
  }

  private static HoverParams hoverAt(String uri, int line, int character) {
    return new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character));
  }

  @Test
  void codeLensAndHoverWithNullParamsAnswerInvalidParams() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(EditorSessionTest.initializeParams(folder)));
      var documents = editor.open(uri, 1, TestProject.FILM);

      assertEquals(
          "textDocument/hover needs a textDocument and a position in its params.",
          invalidParams(documents.hover(null)));
      assertEquals(
          "textDocument/codeLens needs a textDocument in its params.",
          invalidParams(documents.codeLens(null)));
      invalidParams(documents.codeLens(new CodeLensParams()));
      HoverParams noPosition = new HoverParams();
      noPosition.setTextDocument(new TextDocumentIdentifier(uri));
      invalidParams(documents.hover(noPosition));
      invalidParams(editor.server.getWorkspaceService().executeCommand(null));

      assertNotNull(get(documents.hover(hoverAt(uri, 3, 2))));
    }
  }

  @Test
  void didOpenWithEmptyParamsIsIgnoredAndTheServerKeepsAnswering() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(EditorSessionTest.initializeParams(folder)));
      var documents = editor.server.getTextDocumentService();

      documents.didOpen(new DidOpenTextDocumentParams());
      documents.didChange(new DidChangeTextDocumentParams());
      documents.didOpen(
          new DidOpenTextDocumentParams(
              new TextDocumentItem(uri, "fountain", 1, TestProject.FILM)));

      assertNotNull(get(documents.hover(hoverAt(uri, 3, 2))));
      TestEditor.await(
          "the ignored didOpen logged",
          () ->
              editor.logMessages.stream()
                  .anyMatch(
                      m ->
                          m.getMessage()
                              .equals(
                                  "textDocument/didOpen without a textDocument with a uri in its"
                                      + " params was ignored.")));
    }
  }

  @Test
  void didChangeWithAnOlderVersionIsIgnoredAndTheVersionNeverMovesBack() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(EditorSessionTest.initializeParams(folder)));
      var documents = editor.open(uri, 5, TestProject.FILM);
      int lenses =
          get(documents.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri)))).size();
      assertTrue(lenses > 0);

      // A stale version 3 that would empty the document: ignored.
      documents.didChange(
          new DidChangeTextDocumentParams(
              new VersionedTextDocumentIdentifier(uri, 3),
              List.of(new TextDocumentContentChangeEvent(""))));
      assertEquals(
          lenses,
          get(documents.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri)))).size());

      // Version 6 applies, and its diagnostics carry version 6.
      documents.didChange(
          new DidChangeTextDocumentParams(
              new VersionedTextDocumentIdentifier(uri, 6),
              List.of(new TextDocumentContentChangeEvent(TestProject.FILM + "\n"))));
      editor.awaitDiagnostics(uri, p -> p.getVersion() == 6);
      assertTrue(
          editor.logMessages.stream()
              .anyMatch(
                  m ->
                      m.getMessage()
                              .contains("Edit version 3 of " + uri + " arrived after version 5")
                          && m.getMessage().contains("stale and was ignored")));
    }
  }

  @Test
  void importUsageAcceptsOnlyARegularFileOfBoundedSize() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    Path huge = folder.resolve("huge.csv");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(dev.scenecost.budget.usage.imports.UsageImporter.MAX_EXPORT_BYTES + 1);
    }
    Path aFolder = Files.createDirectories(folder.resolve("exports"));
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(EditorSessionTest.initializeParams(folder)));
      editor.open(uri, 1, TestProject.FILM);
      var workspace = editor.server.getWorkspaceService();
      for (String path : List.of("/dev/zero", aFolder.toString(), huge.toString())) {
        JsonObject args = new JsonObject();
        args.addProperty("uri", uri);
        args.addProperty("exportPath", path);
        String message =
            invalidParams(
                workspace.executeCommand(
                    new ExecuteCommandParams("scenecost.importUsage", List.of(args))));
        assertTrue(
            message.contains("it is not a regular file") || message.contains("larger than 64 MB"),
            message);
      }
    }
  }
}
