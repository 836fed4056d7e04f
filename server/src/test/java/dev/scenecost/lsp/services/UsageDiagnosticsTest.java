package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.lsp.document.TextDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast over budget on the screenplay, and the ledger's own problems on the ledger. */
class UsageDiagnosticsTest {
  @TempDir Path folder;

  private final ScenecostLanguageService service = Fixture.service();

  private Analysis analyze(String ledger) {
    return service.analyze(new TextDocument(UsageFilm.create(folder, ledger), 1, UsageFilm.FILM));
  }

  private static List<Diagnostic> withCode(List<Diagnostic> diagnostics, String code) {
    return diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).toList();
  }

  @Test
  void theForecastOverBudgetIsOnTheSceneWhereTheMoneyRunsOut() {
    List<Diagnostic> all = service.diagnostics(analyze(UsageFilm.LEDGER_OVER));
    // The engine's estimate ($30.00) fits the $35 budget: the forecast is the only warning. The
    // hero scene ($15.00) is over its share ($35 / 3, the scenes being alike at the default
    // tier), which only borrows while the film fits: information.
    // Scene 3's heading is line 11, "EXT. ORCHARD - DAY #3#", 22 characters.
    Fixture.assertDiagnostics(
        all,
        Fixture.d(r(3, 0, 3, 49), "scene-over-allocation", DiagnosticSeverity.Information),
        // "The grass is still.": a savings hint (SavingsFinderTest).
        Fixture.d(r(9, 0, 9, 19), "still-with-camera-move", DiagnosticSeverity.Hint),
        Fixture.d(r(11, 0, 11, 22), "usage-forecast-over-budget", DiagnosticSeverity.Warning));
    // Forecast 21.00 + 10.50 + 10.50 = $42.00, $7.00 over $35 (see UsageFilm.LEDGER_OVER).
    assertEquals(
        "At the rate of the finished scenes the film will cost $42.00, $7.00 over its "
            + "$35.00 budget; the money runs out at scene 3 (EXT. ORCHARD - DAY). Switch the "
            + "remaining scenes to a cheaper tier, cut, or raise the budget.",
        all.get(2).getMessage());
  }

  @Test
  void noForecastWarningBeforeAnythingIsSpentOrWhenItFits() {
    // A ledger with only its header row: the forecast is the estimate, $30.00, and nothing is
    // spent.
    assertEquals(
        List.of(),
        withCode(service.diagnostics(analyze(UsageFilm.HEADER)), "usage-forecast-over-budget"));
    // Scene 1 done at $16.50 (factor 1.1): 16.50 + 8.25 + 8.25 = $33.00 fits $35.
    String fits = UsageFilm.HEADER + "2026-11-18,1,video,,,,16.50,,\n";
    assertEquals(
        List.of(), withCode(service.diagnostics(analyze(fits)), "usage-forecast-over-budget"));
  }

  @Test
  void ledgerProblemsArePublishedOnTheLedgerAtTheirLine() {
    String ledger =
        UsageFilm.LEDGER_OVER
            + "2026-11-19,99,video,,,,1.00,,\n" // line 3: no scene 99 (still counted)
            + "18/11/2026,2,video,,,,2.00,,\n"; // line 4: a date Scenecost cannot read (skipped)
    Map.Entry<String, List<Diagnostic>> published =
        service.ledgerDiagnostics(analyze(ledger)).orElseThrow();
    assertEquals(UsageFilm.ledgerOf(folder).toUri().toString(), published.getKey());
    // Each on its whole line: from its start to the start of the next (0-based lines 2 and 3).
    Fixture.assertDiagnostics(
        published.getValue(),
        Fixture.d(r(2, 0, 3, 0), "usage-unknown-scene", DiagnosticSeverity.Warning),
        Fixture.d(r(3, 0, 4, 0), "usage-malformed-row", DiagnosticSeverity.Warning));
  }

  @Test
  void aLedgerWithoutProblemsPublishesAnEmptyListAndAnUntitledDocumentNone() {
    assertEquals(
        List.of(),
        service.ledgerDiagnostics(analyze(UsageFilm.LEDGER_OVER)).orElseThrow().getValue());
    assertEquals(
        java.util.Optional.empty(), service.ledgerDiagnostics(Fixture.analyze(UsageFilm.FILM)));
  }
}
