package dev.scenecost.lsp.protocol;

import static dev.scenecost.lsp.protocol.TestEditor.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scenecost.lsp.ScenecostServerExtensions.FitParams;
import dev.scenecost.lsp.services.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenecost/fit}: the plan the budget view shows before the writer accepts it. */
class FitRequestTest {
  @TempDir Path folder;

  @Test
  void thePlanComesWithItsTextsAndTheEditThatAppliesIt() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    // TestProject's film ($15.00 hero + $7.50 standard, no contingency) with a $2 budget: only
    // previz everywhere fits ($0.75 + $0.75; previz + background would be $3.75).
    String film = TestProject.FILM.replace("Budget: $90", "Budget: $2");
    Files.writeString(Path.of(java.net.URI.create(uri)), film);
    try (TestEditor editor = new TestEditor()) {
      InitializeParams params = new InitializeParams();
      params.setRootUri(folder.toUri().toString());
      get(editor.server.initialize(params));
      editor.server.initialized(new InitializedParams());
      editor
          .server
          .getTextDocumentService()
          .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "fountain", 7, film)));

      JsonObject plan = get(editor.server.fit(new FitParams(uri))).getAsJsonObject();
      assertTrue(plan.get("fits").getAsBoolean(), plan.toString());
      assertEquals(2.0, plan.get("budget").getAsDouble(), 1e-9);
      assertEquals("$2.00", plan.get("budgetText").getAsString());
      assertEquals(1.5, plan.get("costWithContingency").getAsDouble(), 1e-9);
      assertEquals("$1.50", plan.get("costWithContingencyText").getAsString());
      JsonArray scenes = plan.getAsJsonArray("scenes");
      assertEquals(2, scenes.size());
      JsonObject first = scenes.get(0).getAsJsonObject();
      assertEquals(0, first.get("index").getAsInt());
      assertEquals("hero", first.get("fromTier").getAsString());
      assertEquals("previz", first.get("toTier").getAsString());
      assertEquals("$0.75", first.get("costText").getAsString());
      JsonObject second = scenes.get(1).getAsJsonObject();
      assertEquals("standard", second.get("fromTier").getAsString());
      assertEquals("previz", second.get("toTier").getAsString());
      assertEquals("$0.75", second.get("costText").getAsString());
      assertFalse(plan.getAsJsonArray("tradeoffs").isEmpty(), plan.toString());

      // The edit is the code action's: one versioned document edit, hero's note becomes previz and
      // the second scene gains one.
      JsonObject documentEdit =
          plan.getAsJsonObject("edit").getAsJsonArray("documentChanges").get(0).getAsJsonObject();
      assertEquals(uri, documentEdit.getAsJsonObject("textDocument").get("uri").getAsString());
      assertEquals(7, documentEdit.getAsJsonObject("textDocument").get("version").getAsInt());
      JsonArray edits = documentEdit.getAsJsonArray("edits");
      assertEquals(2, edits.size(), edits.toString());
      assertTrue(edits.toString().contains("previz"), edits.toString());

      assertNull(
          get(editor.server.fit(new FitParams(folder.resolve("x.fountain").toUri().toString()))));
      assertThrows(Exception.class, () -> get(editor.server.fit(new FitParams(null))));
    }
  }
}
