package dev.scenecost.lsp.protocol;

import static dev.scenecost.lsp.protocol.TestEditor.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.scenecost.lsp.ScenecostServerExtensions.ShotsParams;
import dev.scenecost.lsp.services.TestProject;
import java.nio.file.Path;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenecost/shots}: the shot list of an open screenplay, answered as scenecost/report. */
class ShotsRequestTest {
  @TempDir Path folder;

  @Test
  void theShotListComesAsJsonOrAsCsvText() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    try (TestEditor editor = new TestEditor()) {
      InitializeParams params = new InitializeParams();
      params.setRootUri(folder.toUri().toString());
      get(editor.server.initialize(params));
      editor.server.initialized(new InitializedParams());
      editor
          .server
          .getTextDocumentService()
          .didOpen(
              new DidOpenTextDocumentParams(
                  new TextDocumentItem(uri, "fountain", 1, TestProject.FILM)));

      // Two scenes of one action beat each, both under the longest shot: two shots, $15 + $7.50.
      JsonObject json = get(editor.server.shots(new ShotsParams(uri, null))).getAsJsonObject();
      assertEquals(2, json.getAsJsonArray("shots").size());
      assertEquals(
          22.5,
          json.getAsJsonObject("film").getAsJsonObject("total").get("cost").getAsDouble(),
          1e-9);

      // With a text format the answer is {"text": ...}, as scenecost/report's.
      JsonElement csv = get(editor.server.shots(new ShotsParams(uri, "csv")));
      String text = csv.getAsJsonObject().get("text").getAsString();
      assertTrue(text.startsWith("scene_index,scene_label,shot,"), csv.toString());

      assertNull(
          get(
              editor.server.shots(
                  new ShotsParams(folder.resolve("x.fountain").toUri().toString(), "json"))));
      assertThrows(Exception.class, () -> get(editor.server.shots(new ShotsParams(uri, "xml"))));
    }
  }
}
