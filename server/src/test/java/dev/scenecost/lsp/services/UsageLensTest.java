package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.NEVER_CANCELLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.scenecost.lsp.Settings;
import dev.scenecost.lsp.document.TextDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InlayHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spend from the ledger beside the file, in lenses, inlay hints, hovers and the report. */
class UsageLensTest {
  @TempDir Path folder;

  private final ScenecostLanguageService service = Fixture.service();

  private Analysis analyze(String ledger) {
    return analyze(UsageFilm.FILM, ledger);
  }

  private Analysis analyze(String film, String ledger) {
    return service.analyze(new TextDocument(UsageFilm.create(folder, ledger), 1, film));
  }

  private List<String> lensTitles(Analysis analysis) {
    return service.codeLenses(analysis, NEVER_CANCELLED).stream()
        .map(CodeLens::getCommand)
        .map(c -> c.getTitle())
        .toList();
  }

  @Test
  void aSceneInProgressShowsItsSpendOfTheEstimate() {
    // Nothing is marked done, so nothing is calibrated. Scene 2 has $4.80 of video against its
    // $7.50 estimate. Forecast: spent 4.80 + still to spend 15.00 + (7.50 - 4.80) + 7.50 = 25.20:
    // $30.00, which fits the $35 budget. The hero scene is over its $11.67 share (the three
    // scenes need the same at the default tier): one scene over, borrowing.
    String ledger = UsageFilm.HEADER + "2026-11-18,2,video,,,,4.80,,\n";
    List<String> titles = lensTitles(analyze(UsageFilm.FILM_IN_PROGRESS, ledger));
    assertTrue(
        titles
            .get(0)
            .endsWith(
                " · 86% of $35.00 budget · 1 scene over · spent $4.80 · forecast $30.00, fits the"
                    + " $35.00 budget"),
        titles.get(0));
    assertTrue(titles.get(2).startsWith("≈ 8s · "), titles.get(2));
    assertTrue(
        titles.get(2).contains(" · standard")
            && titles.get(2).endsWith(" · spent $4.80 of est. $7.50"),
        titles.get(2));
    // Scenes 1 and 3: nothing spent, nothing calibrated: the lens reads as without a ledger.
    assertFalse(titles.get(1).contains("spent"), titles.get(1));
    assertFalse(titles.get(3).contains("spent"), titles.get(3));
  }

  @Test
  void aFinishedSceneWithoutSpendSaysSo() {
    // Scene 1 is marked done but the ledger has no row for it: $0.00, 100% under its $15.00.
    String ledger = UsageFilm.HEADER + "2026-11-18,2,video,,,,4.80,,\n";
    List<String> titles = lensTitles(analyze(ledger));
    assertTrue(
        titles.get(1).endsWith(" · spent $0.00 · est. $15.00 · 100% under estimate"),
        titles.get(1));
  }

  @Test
  void afterAFinishedSceneTheOthersShowTheCalibratedEstimate() {
    List<String> titles = lensTitles(analyze(UsageFilm.LEDGER_OVER));
    // See UsageFilm.LEDGER_OVER: $21.00 spent, forecast $42.00, $7.00 over $35.
    assertTrue(
        titles.get(0).endsWith(" · spent $21.00 · forecast $42.00, $7.00 over the $35.00 budget"),
        titles.get(0));
    // 21.00 against 15.00: (21 - 15) / 15 = 40% over.
    assertTrue(
        titles.get(1).contains(" · hero")
            && titles.get(1).endsWith(" · spent $21.00 · est. $15.00 · 40% over estimate"),
        titles.get(1));
    // 7.50 x 1.4 = 10.50.
    assertTrue(titles.get(2).endsWith(" · calibrated est. $10.50"), titles.get(2));
    assertTrue(titles.get(3).endsWith(" · calibrated est. $10.50"), titles.get(3));
  }

  @Test
  void inlayHintsCarryTheSameSpend() {
    ScenecostLanguageService inlays =
        Fixture.service(
            Settings.from(com.google.gson.JsonParser.parseString("{\"display\": \"inlayHints\"}")));
    Analysis analysis =
        inlays.analyze(
            new TextDocument(UsageFilm.create(folder, UsageFilm.LEDGER_OVER), 1, UsageFilm.FILM));
    List<InlayHint> hints = inlays.inlayHints(analysis, null, NEVER_CANCELLED);
    assertEquals(3, hints.size());
    assertTrue(
        hints
            .get(0)
            .getLabel()
            .getLeft()
            .endsWith(" · spent $21.00 · est. $15.00 · 40% over estimate"));
    assertTrue(hints.get(1).getLabel().getLeft().endsWith(" · calibrated est. $10.50"));
  }

  @Test
  void theHoverAddsSpendPerModalityAndTheCalibratedEstimate() {
    Analysis analysis = analyze(UsageFilm.LEDGER_OVER);
    Hover done = service.hover(analysis, Fixture.p(3, 5), NEVER_CANCELLED).orElseThrow();
    String doneText = done.getContents().getRight().getValue();
    assertTrue(doneText.startsWith("**Scene 1 · INT\\. ATTIC \\- DAY**"), doneText);
    assertTrue(
        doneText.endsWith(
            """

        ---

        **Spent:** $21.00 of est. $15.00 (40% over estimate) · done

        | | estimate | spent |
        |---|---:|---:|
        | video | $15.00 | $21.00 |"""),
        doneText);
    // Scene 2: nothing spent of $7.50 (100% under); calibrated 7.50 x 1.4 = 10.50, all still to
    // spend.
    String next =
        service
            .hover(analysis, Fixture.p(7, 3), NEVER_CANCELLED)
            .orElseThrow()
            .getContents()
            .getRight()
            .getValue();
    assertTrue(
        next.endsWith(
            """
        **Spent:** $0.00 of est. $7.50 (100% under estimate) · not started

        | | estimate | spent |
        |---|---:|---:|
        | video | $7.50 | $0.00 |

        **Calibrated estimate:** $10.50 (from 1 finished scene); still to spend $10.50 before contingency"""),
        next);
  }

  @Test
  void withoutALedgerNothingChanges() {
    Analysis analysis = analyze(null);
    assertTrue(analysis.usage().isPresent());
    assertFalse(analysis.usage().get().tracked());
    lensTitles(analysis).forEach(title -> assertFalse(title.contains("spent"), title));
    String hover =
        service
            .hover(analysis, Fixture.p(3, 5), NEVER_CANCELLED)
            .orElseThrow()
            .getContents()
            .getRight()
            .getValue();
    assertFalse(hover.contains("Spent"), hover);
    assertFalse(service.report(analysis).getAsJsonObject().has("usage"));
    // An untitled document has no folder, so no ledger at all.
    assertTrue(Fixture.analyze(UsageFilm.FILM).usage().isEmpty());
  }

  @Test
  void theReportGainsTheUsageObject() {
    JsonObject report = service.report(analyze(UsageFilm.LEDGER_OVER)).getAsJsonObject();
    JsonObject usage = report.getAsJsonObject("usage");
    assertEquals("usage.fountain.usage.csv", usage.get("ledger").getAsString());
    JsonObject forecast = usage.getAsJsonObject("forecast");
    assertEquals(42.0, forecast.get("total").getAsDouble(), 1e-9);
    assertEquals(7.0, forecast.get("overBy").getAsDouble(), 1e-9);
    assertEquals(2, forecast.get("runsOutAtScene").getAsInt());
    assertEquals(3, usage.getAsJsonArray("scenes").size());
    // The engine's own report is still there, unchanged.
    assertEquals(3, report.getAsJsonArray("scenes").size());
  }

  @Test
  void aLedgerEditedOnDiskIsNoticedByItsModificationTime() throws Exception {
    Analysis before = analyze(UsageFilm.LEDGER_OVER);
    assertFalse(service.usageOutdated(before));
    Path ledger = UsageFilm.ledgerOf(folder);
    Files.writeString(ledger, UsageFilm.LEDGER_OVER + "2026-11-19,2,video,,,,3.00,,\n");
    Files.setLastModifiedTime(
        ledger, FileTime.fromMillis(Files.getLastModifiedTime(ledger).toMillis() + 2000));
    assertTrue(service.usageOutdated(before));
    Analysis after = service.analyze(before.document());
    assertFalse(service.usageOutdated(after));
    // Scene 2 now has $3.00 of its calibrated $10.50: in progress.
    assertTrue(
        lensTitles(after).get(2).endsWith(" · spent $3.00 of est. $7.50 · calibrated $10.50"),
        lensTitles(after).get(2));
  }
}
