package dev.scenecost.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private static Settings parse(String json) {
    return Settings.from(JsonParser.parseString(json));
  }

  @Test
  void noOptionsMeansDefaults() {
    assertEquals(Settings.DEFAULTS, Settings.from(null));
    assertEquals(Settings.DEFAULTS, parse("[]"));
    assertEquals(Settings.Display.CODE_LENS, Settings.DEFAULTS.display());
  }

  @Test
  void readsTheNestedFormVsCodeSends() {
    Settings settings =
        parse(
            "{\"scenecost\": {\"display\": \"both\", \"budget\": "
                + "{\"amount\": 12000, \"defaultTier\": \"hero\", \"contingencyPercent\": 20}}}");
    assertEquals(Settings.Display.BOTH, settings.display());
    assertEquals(12_000.0, settings.budget());
    assertEquals("hero", settings.defaultTier());
    assertEquals(20.0, settings.contingencyPercent());
    assertEquals(0, settings.problems().size());
  }

  @Test
  void readsTheSectionWrappedInSettingsAsDidChangeConfigurationCarriesIt() {
    Settings settings =
        parse(
            "{\"settings\": {\"scenecost\": {\"display\": \"inlayHints\", "
                + "\"budget\": {\"amount\": 900, \"currency\": \"GBP\", \"exchangeRate\": 0.8}}}}");
    assertEquals(Settings.Display.INLAY_HINTS, settings.display());
    assertEquals(900.0, settings.budget());
    assertEquals("GBP", settings.currency());
    assertEquals(0.8, settings.exchangeRate());
    assertEquals(0, settings.problems().size());
  }

  @Test
  void aTopLevelSectionWinsOverOneWrappedInSettings() {
    Settings settings =
        parse(
            "{\"scenecost\": {\"display\": \"off\"}, "
                + "\"settings\": {\"scenecost\": {\"display\": \"both\"}}}");
    assertEquals(Settings.Display.OFF, settings.display());
  }

  @Test
  void readsTheFlatFormWithAmountsAsWritersTypeThem() {
    Settings settings =
        parse(
            "{\"display\": \"InlayHints\", \"budget\": \"$12,000\", "
                + "\"currency\": \"EUR\", \"exchangeRate\": 0.9}");
    assertEquals(Settings.Display.INLAY_HINTS, settings.display());
    assertEquals(12_000.0, settings.budget());
    assertEquals("EUR", settings.currency());
    assertEquals(0.9, settings.exchangeRate());
  }

  @Test
  void unreadableValuesAreProblemsNotFailures() {
    Settings settings =
        parse("{\"display\": \"sideways\", \"budget\": \"lots\", \"defaultTier\": 7}");
    assertEquals(Settings.Display.CODE_LENS, settings.display());
    assertNull(settings.budget());
    assertNull(settings.defaultTier());
    assertEquals(3, settings.problems().size());
    assertTrue(settings.problems().get(0).contains("use codeLens, inlayHints, both or off"));
  }

  @Test
  void editorNumbersOutOfTheirRangeAreIgnoredWithAProblem() {
    Settings settings =
        parse("{\"exchangeRate\": 1e308, \"contingencyPercent\": 5000, \"budget\": 12000}");

    assertNull(settings.exchangeRate());
    assertNull(settings.contingencyPercent());
    assertEquals(12000.0, settings.budget());
    assertEquals(
        java.util.List.of(
            "The setting scenecost.exchangeRate must be a number from 0.0001 to 1000000, not"
                + " 1e308; it is ignored.",
            "The setting scenecost.contingencyPercent must be a number from 0 to 1000, not 5000;"
                + " it is ignored."),
        settings.problems());
  }
}
