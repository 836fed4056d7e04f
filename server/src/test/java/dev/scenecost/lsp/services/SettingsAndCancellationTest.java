package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.NEVER_CANCELLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.scenecost.lsp.Settings;
import dev.scenecost.lsp.document.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.junit.jupiter.api.Test;

/** Editor settings as budget defaults, and requests that stop when cancelled. */
class SettingsAndCancellationTest {
  private static final String SCENE = "INT. HOUSE - DAY\n\nBob sits.\n";
  private static final CancelChecker CANCELLED =
      () -> {
        throw new CancellationException();
      };

  private static Analysis analyze(String settingsJson, String text, List<String> warnings) {
    ScenecostLanguageService service = new ScenecostLanguageService(warnings::add);
    service.setSettings(Settings.from(JsonParser.parseString(settingsJson)));
    return service.analyze(new TextDocument(Fixture.URI, 1, text));
  }

  @Test
  void theDefaultTierSettingAppliesToScenesWithoutANote() {
    Analysis analysis = analyze("{\"defaultTier\": \"previz\"}", SCENE, new ArrayList<>());
    assertEquals("previz", analysis.scene(0).orElseThrow().tier());
  }

  @Test
  void anUnknownDefaultTierIsReportedOnceAndIgnored() {
    List<String> warnings = new ArrayList<>();
    ScenecostLanguageService service = new ScenecostLanguageService(warnings::add);
    service.setSettings(Settings.from(JsonParser.parseString("{\"defaultTier\": \"gold\"}")));
    Analysis first = service.analyze(new TextDocument(Fixture.URI, 1, SCENE));
    service.analyze(new TextDocument(Fixture.URI, 2, SCENE + "\n"));
    assertEquals("standard", first.scene(0).orElseThrow().tier());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("\"gold\", which is not a tier"));
  }

  @Test
  void theBudgetSettingYieldsToTheTitlePage() {
    Analysis fromSettings =
        analyze("{\"budget\": 500, \"contingencyPercent\": 10}", SCENE, new ArrayList<>());
    assertEquals(500.0, fromSettings.estimate().orElseThrow().budget());
    assertEquals(10.0, fromSettings.estimate().orElseThrow().contingencyPercent());
    Analysis fromTitlePage =
        analyze("{\"budget\": 500}", "Title: Test\nBudget: $100\n\n" + SCENE, new ArrayList<>());
    assertEquals(100.0, fromTitlePage.estimate().orElseThrow().budget());
  }

  @Test
  void aCurrencyWithoutAnExchangeRateKeepsDollars() {
    List<String> warnings = new ArrayList<>();
    Analysis analysis = analyze("{\"currency\": \"EUR\"}", SCENE, warnings);
    assertEquals("USD", analysis.estimate().orElseThrow().currency());
    assertTrue(warnings.get(0).contains("set scenecost.exchangeRate too"));
    Analysis euros =
        analyze("{\"currency\": \"EUR\", \"exchangeRate\": 0.5}", SCENE, new ArrayList<>());
    assertEquals("€", euros.estimate().orElseThrow().currencySymbol());
  }

  @Test
  void cancelledRequestsStopInsteadOfAnswering() {
    ScenecostLanguageService service = Fixture.service();
    Analysis analysis = Fixture.analyze(service, SCENE);
    assertThrows(CancellationException.class, () -> service.codeLenses(analysis, CANCELLED));
    assertThrows(CancellationException.class, () -> service.foldingRanges(analysis, CANCELLED));
    assertThrows(CancellationException.class, () -> service.semanticTokens(analysis, CANCELLED));
    assertThrows(
        CancellationException.class, () -> service.hover(analysis, Fixture.p(0, 2), CANCELLED));
    assertEquals(2, service.codeLenses(analysis, NEVER_CANCELLED).size());
  }
}
