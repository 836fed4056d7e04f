package dev.scenecost.lsp.protocol;

import static dev.scenecost.lsp.protocol.TestEditor.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.scenecost.cli.ScenecostCommand;
import dev.scenecost.lsp.ScenecostServerExtensions.ReportParams;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same film read through every face: the editor's code lens and hover, the report the budget
 * view and status bar draw (its display strings, shown verbatim by the client), the command line's
 * table, and the exports. Scenes of the example priced in euros, with a budget over a million and a
 * ledger row under a cent; every face must show the very same text for each figure.
 */
class FacesAgreeTest {
  private static final String SCRIPT = "the-last-reel.fountain";

  @TempDir Path folder;
  private Path script;
  private String uri;

  @BeforeEach
  void copyFixture() throws Exception {
    for (String name : List.of(SCRIPT, "scenecost.json", SCRIPT + ".usage.csv")) {
      try (InputStream in = getClass().getResourceAsStream("/faces/" + name)) {
        Files.write(folder.resolve(name), in.readAllBytes());
      }
    }
    script = folder.resolve(SCRIPT);
    uri = script.toUri().toString();
  }

  private String cli(String... args) {
    StringWriter out = new StringWriter();
    ScenecostCommand.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter()));
    return out.toString();
  }

  private static String text(JsonObject display, String name) {
    return display.get(name).getAsString();
  }

  @Test
  void everyFaceReadsTheSameStrings() throws Exception {
    try (TestEditor editor = new TestEditor()) {
      get(editor.server.initialize(EditorSessionTest.initializeParams(folder)));
      editor.server.initialized(new InitializedParams());
      String source = Files.readString(script, StandardCharsets.UTF_8);
      editor
          .server
          .getTextDocumentService()
          .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "fountain", 1, source)));
      // The server says when the report is ready; the client refreshes from that.
      TestEditor.await(
          "scenecost/reportChanged",
          () -> editor.reportChanges.stream().anyMatch(c -> c.getUri().equals(uri)));

      JsonObject report = get(editor.server.report(new ReportParams(uri))).getAsJsonObject();
      JsonObject film = report.getAsJsonObject("film").getAsJsonObject("display");
      List<CodeLens> lenses =
          get(
                  editor
                      .server
                      .getTextDocumentService()
                      .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))))
              .stream()
              .map(CodeLens.class::cast)
              .toList();
      String table = cli("report", script.toString(), "--usage");

      // A non-dollar currency, and a budget over a million, the same everywhere.
      assertEquals("€", film.get("currencySymbol").getAsString());
      assertEquals("€2.5M", text(film, "budget"));
      String withContingency = text(film, "costWithContingency");
      String filmLens = lenses.get(0).getCommand().getTitle();
      assertTrue(filmLens.contains(withContingency + " with 25% contingency"), filmLens);
      assertTrue(filmLens.contains(" of €2.5M budget"), filmLens);
      JsonObject statusBar = film.getAsJsonObject("statusBar");
      String status = statusBar.get("text").getAsString();
      assertTrue(status.endsWith("est. " + withContingency + " / €2.5M"), status);
      // The status bar's line comes with every reportChanged too: the same line, no report asked.
      var pushed =
          editor.reportChanges.stream()
              .filter(c -> c.getUri().equals(uri))
              .reduce((first, second) -> second)
              .orElseThrow()
              .getStatusBar();
      assertEquals(status, pushed.text());
      assertEquals(statusBar.get("tooltip").getAsString(), pushed.tooltip());
      assertEquals(statusBar.get("over").getAsBoolean(), pushed.over());
      assertTrue(table.contains("With contingency:   " + withContingency + " (25%: "), table);
      assertTrue(table.contains("Budget:             €2.5M, "), table);

      // Scene by scene: cost, tokens and screen time read alike in lens, hover, table, view.
      for (int index = 0; index < 3; index++) {
        JsonObject scene = report.getAsJsonArray("scenes").get(index).getAsJsonObject();
        JsonObject display = scene.getAsJsonObject("display");
        String cost = text(display, "cost");
        String tokens = text(display, "tokens");
        String time = text(display, "screenTime");
        assertTrue(cost.startsWith("€"), cost);
        String lens = lenses.get(index + 1).getCommand().getTitle();
        assertEquals(text(display, "lens"), lens);
        assertTrue(lens.startsWith("≈ " + time + " · " + tokens + " tokens · " + cost), lens);
        int line =
            scene.getAsJsonObject("headingRange").getAsJsonObject("start").get("line").getAsInt();
        Hover hover =
            get(
                editor
                    .server
                    .getTextDocumentService()
                    .hover(
                        new HoverParams(new TextDocumentIdentifier(uri), new Position(line, 1))));
        String markdown = hover.getContents().getRight().getValue();
        assertTrue(
            markdown.contains("| **Total** | **" + tokens + "** | **" + cost + "** |"), markdown);
        assertTrue(markdown.contains("| Screen time | " + time), markdown);
        String row =
            table
                .lines()
                .filter(l -> l.strip().startsWith(text(display, "label") + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(table));
        assertTrue(row.contains(" " + time + " "), row);
        assertTrue(
            row.matches(
                ".* "
                    + java.util.regex.Pattern.quote(tokens)
                    + " +"
                    + java.util.regex.Pattern.quote(cost)
                    + " .*"),
            row);
      }

      // Under a cent: the ledger's €0.004 row for scene 2 reads <€0.01 in the view and the lens.
      JsonObject spend2 =
          report
              .getAsJsonObject("usage")
              .getAsJsonArray("scenes")
              .get(1)
              .getAsJsonObject()
              .getAsJsonObject("display");
      assertEquals("<€0.01", text(spend2, "actual"));
      String lens2 = lenses.get(2).getCommand().getTitle();
      assertTrue(lens2.contains(" · spent <€0.01 · est. " + text(spend2, "rawEstimate")), lens2);
      assertTrue(status.startsWith("€12.30 spent · "), status);

      // Exports: the editor's report in a format is byte for byte the command line's.
      for (String format : List.of("csv", "md", "json")) {
        JsonElement answer = get(editor.server.report(new ReportParams(uri, format)));
        assertEquals(
            cli("report", script.toString(), "--usage", "--format", format),
            answer.getAsJsonObject().get("text").getAsString(),
            format);
      }
      // A format the command line has no export for is refused with a message saying which.
      ExecutionException refused =
          assertThrows(
              ExecutionException.class,
              () -> get(editor.server.report(new ReportParams(uri, "xls"))));
      assertTrue(
          refused.getCause().getMessage().contains("use json, csv or md"), refused.toString());

      // The budget view's report: the whole one, each scene without its breakdown.
      JsonObject whole = get(editor.server.report(new ReportParams(uri))).getAsJsonObject();
      JsonObject expected = whole.deepCopy();
      expected.addProperty("detail", "figures");
      for (JsonElement scene : expected.getAsJsonArray("scenes")) {
        for (String breakdown :
            List.of(
                "characters",
                "locations",
                "effects",
                "chunks",
                "modalities",
                "cacheSavings",
                "alternatives",
                "quotes")) {
          assertTrue(scene.getAsJsonObject().has(breakdown), breakdown);
          scene.getAsJsonObject().remove(breakdown);
        }
      }
      assertEquals(expected, get(editor.server.report(detail(uri, "figures", null))));
      assertEquals(whole, get(editor.server.report(detail(uri, "full", null))));
      for (ReportParams wrong :
          List.of(detail(uri, "shots", null), detail(uri, "figures", "csv"))) {
        ExecutionException wrongDetail =
            assertThrows(ExecutionException.class, () -> get(editor.server.report(wrong)));
        assertTrue(wrongDetail.getCause().getMessage().contains("detail"), wrongDetail.toString());
      }
    }
  }

  private static ReportParams detail(String uri, String detail, String format) {
    ReportParams params = new ReportParams(uri, format);
    params.setDetail(detail);
    return params;
  }
}
