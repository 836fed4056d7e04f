package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.NEVER_CANCELLED;
import static dev.scenecost.lsp.services.Fixture.r;
import static dev.scenecost.lsp.services.Fixture.te;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.lsp.Settings;
import dev.scenecost.lsp.document.TextDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Record usage for scene N…", "Number all scenes" and the commands behind them. */
class UsageActionsTest {
  /** Scene A has no number, B is 4, C none, D is 5. Lines 2, 6, 10 and 14 are the headings. */
  private static final String PARTLY_NUMBERED =
      """
      Title: Numbers

      INT. A - DAY

      Action.

      INT. B - DAY #4#

      Action.

      INT. C - DAY

      Action.

      INT. D - DAY #5#

      Action.
      """;

  @TempDir Path folder;

  private final ScenecostLanguageService service =
      new ScenecostLanguageService(
          message -> {}, Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));

  UsageActionsTest() {
    service.setSettings(Settings.DEFAULTS);
  }

  private Analysis analyze(String text) {
    return service.analyze(new TextDocument(UsageFilm.create(folder, null), 7, text));
  }

  private static Function<String, Optional<Analysis>> open(Analysis analysis) {
    return uri -> uri.equals(analysis.uri()) ? Optional.of(analysis) : Optional.empty();
  }

  private List<CodeAction> actionsAt(Analysis analysis, int line, List<String> only) {
    CodeActionParams params =
        new CodeActionParams(
            new TextDocumentIdentifier(analysis.uri()),
            r(line, 2, line, 2),
            new CodeActionContext(List.of(), only));
    return service.codeActions(analysis, params, NEVER_CANCELLED).stream()
        .map(e -> e.getRight())
        .toList();
  }

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  @Test
  void recordUsageIsOfferedOnASceneHeadingWithItsCommand() {
    Analysis analysis = analyze(UsageFilm.FILM);
    List<CodeAction> actions = actionsAt(analysis, 7, null);
    assertEquals(
        List.of("Record usage for scene 2…"), actions.stream().map(CodeAction::getTitle).toList());
    CodeAction record = actions.get(0);
    assertEquals(CodeActionKind.Refactor, record.getKind());
    assertEquals("scenecost.recordUsage", record.getCommand().getCommand());
    assertEquals(
        json(
            "{\"uri\": \""
                + analysis.uri()
                + "\", \"sceneIndex\": 1, \"sceneLabel\": \"2 (EXT. FIELD - DAY)\", \"modalities\": ["
                + "{\"id\": \"video\", \"label\": \"Video\", \"description\": \"generated shots and clips\"},"
                + "{\"id\": \"images\", \"label\": \"Images\","
                + " \"description\": \"keyframes, character sheets, location plates\"},"
                + "{\"id\": \"voice\", \"label\": \"Voice\", \"description\": \"dialogue audio\"},"
                + "{\"id\": \"lipsync\", \"label\": \"Lip-sync\","
                + " \"description\": \"lip-sync of dialogue shots\"},"
                + "{\"id\": \"fixes\", \"label\": \"Fixes\","
                + " \"description\": \"edit, extend and inpaint passes\"},"
                + "{\"id\": \"upscale\", \"label\": \"Upscale\","
                + " \"description\": \"upscaling the kept footage\"},"
                + "{\"id\": \"music\", \"label\": \"Music\", \"description\": \"score\"},"
                + "{\"id\": \"sound\", \"label\": \"Sound\","
                + " \"description\": \"sound effects and ambience\"},"
                + "{\"id\": \"text\", \"label\": \"Prompts\", \"description\": \"text model tokens\"},"
                + "{\"id\": \"other\", \"label\": \"Other\", \"description\": \"anything else\"}]}"),
        record.getCommand().getArguments().get(0));
    // Not on an action line, nor when the editor asks only for quick fixes.
    assertEquals(List.of(), actionsAt(analysis, 9, null));
    assertEquals(List.of(), actionsAt(analysis, 7, List.of(CodeActionKind.QuickFix)));
    // An untitled document has no folder for a ledger.
    assertEquals(List.of(), actionsAt(Fixture.analyze(UsageFilm.FILM), 7, null));
  }

  @Test
  void aSceneWithoutANumberIsNamedByItsHeading() {
    Analysis analysis = analyze(PARTLY_NUMBERED);
    CodeAction record = actionsAt(analysis, 10, List.of(CodeActionKind.Refactor)).get(0);
    assertEquals("Record usage for \"INT. C - DAY\"…", record.getTitle());
    // The row names it as the report does, by its position in parentheses (other scenes are
    // numbered), with its heading beside it.
    assertEquals(
        "(3) (INT. C - DAY)",
        ((JsonObject) record.getCommand().getArguments().get(0)).get("sceneLabel").getAsString());
  }

  @Test
  void numberAllScenesFillsTheGapsWithoutRenumbering() {
    Analysis analysis = analyze(PARTLY_NUMBERED);
    // Anywhere in the document, as a source action; line 4 is an action line.
    List<CodeAction> actions = actionsAt(analysis, 4, List.of(CodeActionKind.Source));
    assertEquals(
        List.of("Number all scenes (2 scenes without a number)"),
        actions.stream().map(CodeAction::getTitle).toList());
    TextDocumentEdit edit = actions.get(0).getEdit().getDocumentChanges().get(0).getLeft();
    assertEquals(7, edit.getTextDocument().getVersion());
    // A comes before 4: the next whole number, 1, is free. C lies between 4 and 5: 4A.
    // Both go at the end of their 12-character heading.
    assertEquals(
        List.of(te(r(2, 12, 2, 12), " #1#"), te(r(10, 12, 10, 12), " #4A#")), edit.getEdits());
    String numbered = Fixture.apply(PARTLY_NUMBERED, edit.getEdits());
    assertEquals(
        List.of("1", "4", "4A", "5"),
        FountainParser.parse(numbered).scenes().stream()
            .map(Scene::heading)
            .map(h -> h.sceneNumber())
            .toList());
    // Once every scene has a number, there is nothing to offer.
    assertEquals(List.of(), actionsAt(analyze(numbered), 4, List.of(CodeActionKind.Source)));
  }

  @Test
  void theNumberScenesCommandReturnsTheEditToApply() {
    Analysis analysis = analyze(PARTLY_NUMBERED);
    CommandOutcome outcome =
        service.executeCommand(
            "scenecost.numberScenes",
            List.of(json("{\"uri\": \"" + analysis.uri() + "\"}")),
            open(analysis));
    WorkspaceEdit edit = (WorkspaceEdit) outcome.answer();
    assertEquals(Optional.of(edit), outcome.editToApply());
    assertEquals(
        List.of(te(r(2, 12, 2, 12), " #1#"), te(r(10, 12, 10, 12), " #4A#")),
        edit.getDocumentChanges().get(0).getLeft().getEdits());
    assertEquals(Optional.empty(), outcome.ledgerWritten());
  }

  @Test
  void recordUsageAppendsARowToTheLedgerBesideTheScreenplay() throws Exception {
    // Nothing marked done: no calibration, so the lens compares with the raw estimate only.
    Analysis analysis = analyze(UsageFilm.FILM_IN_PROGRESS);
    JsonObject args =
        json(
            "{\"uri\": \""
                + analysis.uri()
                + "\", \"sceneIndex\": 1, "
                + "\"sceneLabel\": \"2\", \"modality\": \"video\", \"model\": \"video-1\", \"units\": 3, "
                + "\"unitKind\": \"seconds\", \"cost\": 4.50, \"note\": \"second take\"}");
    CommandOutcome outcome =
        service.executeCommand("scenecost.recordUsage", List.of(args), open(analysis));
    Path ledger = UsageFilm.ledgerOf(folder);
    // A new ledger: the header row, then the row dated by the clock (2026-11-20), CRLF line ends.
    assertEquals(
        "date,scene,modality,model,units,unit kind,cost,note,import id\r\n"
            + "2026-11-20,2 (EXT. FIELD - DAY),video,video-1,3,seconds,4.5,second take,\r\n",
        Files.readString(ledger));
    JsonObject answer = (JsonObject) outcome.answer();
    assertEquals(2, answer.get("line").getAsInt());
    assertEquals(
        "Recorded $4.50 of video for scene 2 on line 2 of usage.fountain.usage.csv.",
        answer.get("message").getAsString());
    assertEquals(Optional.of(ledger), outcome.ledgerWritten());
    // Estimated again, scene 2 shows the spend: $4.50 of its $7.50.
    Analysis again = service.analyze(analysis.document());
    assertTrue(
        service
            .codeLenses(again, NEVER_CANCELLED)
            .get(2)
            .getCommand()
            .getTitle()
            .endsWith(" · spent $4.50 of est. $7.50"));
  }

  @Test
  void withoutTheAmountsTheCommandSaysWhatToPass() {
    Analysis analysis = analyze(UsageFilm.FILM);
    ResponseErrorException error =
        assertThrows(
            ResponseErrorException.class,
            () ->
                service.executeCommand(
                    "scenecost.recordUsage",
                    List.of(
                        json(
                            "{\"uri\": \""
                                + analysis.uri()
                                + "\", \"sceneIndex\": 1, \"sceneLabel\": \"2\"}")),
                    open(analysis)));
    String message = error.getResponseError().getMessage();
    assertTrue(
        message.startsWith(
            "To record usage for scene 2, Scenecost needs what it cost. Call "
                + "scenecost.recordUsage with"),
        message);
    assertTrue(message.contains("\"cost\": the amount spent"), message);
    assertFalse(Files.exists(UsageFilm.ledgerOf(folder)));
  }

  @Test
  void badArgumentsAreRefusedWithTheFix() {
    Analysis analysis = analyze(UsageFilm.FILM);
    Map<String, String> cases =
        Map.of(
            "{\"uri\": \"" + analysis.uri() + "\", \"sceneLabel\": \"9\", \"cost\": 1}",
            "The screenplay has no scene \"9\" any more",
            "{\"uri\": \"" + analysis.uri() + "\", \"sceneLabel\": \"2\", \"cost\": \"lots\"}",
            "scenecost.recordUsage: \"cost\" must be a number such as 6.00, at most"
                + " 1,000,000,000,000; it was \"lots\".",
            "{\"uri\": \"" + analysis.uri() + "\", \"sceneLabel\": \"2\", \"cost\": 1e308}",
            "scenecost.recordUsage: \"cost\" must be a number such as 6.00, at most"
                + " 1,000,000,000,000; it was",
            "{\"uri\": \""
                + analysis.uri()
                + "\", \"sceneLabel\": \"2\", \"cost\": 1, \"modality\": \"smell\"}",
            "\"smell\" is not a kind of generation Scenecost knows",
            "{\"uri\": \"untitled:Untitled-1\", \"sceneLabel\": \"2\", \"cost\": 1}",
            "Save untitled:Untitled-1 as a file first",
            "{\"sceneLabel\": \"2\", \"cost\": 1}",
            "scenecost.recordUsage needs the screenplay's \"uri\"");
    cases.forEach(
        (arguments, expected) -> {
          ResponseErrorException error =
              assertThrows(
                  ResponseErrorException.class,
                  () ->
                      service.executeCommand(
                          "scenecost.recordUsage", List.of(json(arguments)), open(analysis)));
          assertTrue(
              error.getResponseError().getMessage().startsWith(expected),
              error.getResponseError().getMessage());
        });
    ResponseErrorException unknown =
        assertThrows(
            ResponseErrorException.class,
            () -> service.executeCommand("scenecost.fly", List.of(), open(analysis)));
    assertEquals(
        "Scenecost has no command \"scenecost.fly\"; it has scenecost.recordUsage, "
            + "scenecost.numberScenes, scenecost.importUsage.",
        unknown.getResponseError().getMessage());
    assertFalse(Files.exists(UsageFilm.ledgerOf(folder)));
  }

  @Test
  void withSeveralMappingsTheImportNamesThemAsData() throws Exception {
    Analysis analysis = analyze(UsageFilm.FILM);
    Files.writeString(
        folder.resolve("scenecost.json"),
        TestProject.CONFIG.replaceFirst(
            "\\{",
            "{ \"usage\": { \"imports\": {"
                + " \"runway\": { \"date\": \"Date\", \"scene\": \"Task\", \"cost\": \"Cost\" },"
                + " \"elevenlabs\": { \"date\": \"Date\", \"scene\": \"Task\", \"cost\": \"Cost\" }"
                + " } },"));
    Path export = Files.writeString(folder.resolve("runway.csv"), "Date,Task,Cost\n");
    JsonObject args =
        json("{\"uri\": \"" + analysis.uri() + "\", \"exportPath\": \"" + export.toUri() + "\"}");
    ResponseErrorException error =
        assertThrows(
            ResponseErrorException.class,
            () ->
                service.executeCommand(
                    "scenecost.importUsage", List.of(args), uri -> Optional.empty()));
    // The editor offers these names without reading scenecost.json itself.
    assertEquals(
        json("{\"mappings\": [\"runway\", \"elevenlabs\"]}"), error.getResponseError().getData());
    assertFalse(Files.exists(UsageFilm.ledgerOf(folder)));
  }

  @Test
  void importUsageAddsAnExportOnceThroughTheMapping() throws Exception {
    Analysis analysis = analyze(UsageFilm.FILM);
    Files.writeString(
        folder.resolve("scenecost.json"),
        TestProject.CONFIG.replaceFirst(
            "\\{",
            "{ \"usage\": { \"imports\": { \"runway\": { \"date\": \"Date\", \"scene\": \"Task\", "
                + "\"scenePattern\": \"^sc(\\\\\\\\w+)\", \"modality\": \"video\", \"cost\": \"Cost (USD)\" } } },"));
    Path export = folder.resolve("runway.csv");
    Files.writeString(
        export,
        "Date,Task,Cost (USD)\n2026-11-18,sc2 wide,3.00\n"
            + "2026-11-18,sc3 close,1.50\n2026-11-18,another film,9.99\n");
    JsonObject args =
        json("{\"uri\": \"" + analysis.uri() + "\", \"exportPath\": \"" + export.toUri() + "\"}");
    JsonObject first =
        (JsonObject)
            service
                .executeCommand("scenecost.importUsage", List.of(args), uri -> Optional.empty())
                .answer();
    // Two rows for scenes 2 and 3 ($3.00 + $1.50 = $4.50); "another film" fails the pattern.
    assertEquals(2, first.get("added").getAsInt());
    assertEquals(4.5, first.get("cost").getAsDouble(), 1e-9);
    assertEquals(1, first.get("otherProjects").getAsInt());
    assertEquals(0, first.getAsJsonArray("problems").size(), first.toString());
    JsonObject second =
        (JsonObject)
            service
                .executeCommand("scenecost.importUsage", List.of(args), uri -> Optional.empty())
                .answer();
    assertEquals(0, second.get("added").getAsInt());
    assertEquals(2, second.get("alreadyImported").getAsInt());
    // The ledger: its header and the two imported rows.
    assertEquals(3, Files.readAllLines(UsageFilm.ledgerOf(folder)).size());
  }
}
