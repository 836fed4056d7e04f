package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.NEVER_CANCELLED;
import static dev.scenecost.lsp.services.Fixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.scenecost.budget.report.ReportFormat;
import dev.scenecost.lsp.Settings;
import dev.scenecost.lsp.document.TextDocument;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.InlayHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code lenses, inlay hints and the outline's cost detail, on the hand-priced test project. */
class CostLensTest {
  @TempDir Path folder;

  private Analysis analysis(ScenecostLanguageService service) {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    return service.analyze(new TextDocument(uri, 1, TestProject.FILM));
  }

  @Test
  void aLensOnTheTitlePageAndOnEveryHeading() {
    ScenecostLanguageService service = Fixture.service();
    List<CodeLens> lenses = service.codeLenses(analysis(service), NEVER_CANCELLED);
    assertEquals(
        List.of(r(0, 0, 0, 16), r(3, 0, 3, 47), r(7, 0, 7, 16)),
        lenses.stream().map(CodeLens::getRange).toList());
    // Film: 7.5 s + 7.5 s = 15 s; $15.00 + $7.50 = $22.50, no contingency; 22.50 / 90 = 25%.
    assertMatches(
        "Film ≈ 15s · \\d+k tokens · \\$22\\.50 with 0% contingency · 25% of \\$90\\.00 budget · 1 scene over",
        lenses.get(0).getCommand().getTitle());
    // Scene 1: 7.5 s rounds to 8s; $15.00 at hero against its own $10: 150%, $5.00 over.
    assertMatches(
        "≈ 8s · \\d+k tokens · \\$15\\.00 · hero · 150% of \\$10\\.00 budget · over by \\$5\\.00",
        lenses.get(1).getCommand().getTitle());
    // Scene 2: $7.50 against the remaining $80: 9.375% shows as 9%.
    assertMatches(
        "≈ 8s · \\d+k tokens · \\$7\\.50 · standard · 9% of \\$80\\.00 budget",
        lenses.get(2).getCommand().getTitle());
    // Plain text: an empty command id, nothing to click.
    assertEquals("", lenses.get(1).getCommand().getCommand());
  }

  @Test
  void inlayHintsInsteadOfLensesWhenTheSettingSaysSo() {
    Settings inlay =
        Settings.from(JsonParser.parseString("{\"scenecost\": {\"display\": \"inlayHints\"}}"));
    ScenecostLanguageService service = Fixture.service(inlay);
    Analysis analysis = analysis(service);
    assertEquals(List.of(), service.codeLenses(analysis, NEVER_CANCELLED));
    List<InlayHint> hints = service.inlayHints(analysis, r(0, 0, 99, 0), NEVER_CANCELLED);
    // At the end of each heading line: line 3 is 47 characters long, line 7 is 16.
    assertEquals(
        List.of("3:47", "7:16"),
        hints.stream()
            .map(h -> h.getPosition().getLine() + ":" + h.getPosition().getCharacter())
            .toList());
    assertTrue(hints.get(0).getLabel().getLeft().contains("$15.00 · hero"));
    // Only the lines asked for.
    assertEquals(1, service.inlayHints(analysis, r(5, 0, 9, 0), NEVER_CANCELLED).size());
  }

  @Test
  void offShowsNeitherAndBothShowsBoth() {
    ScenecostLanguageService off =
        Fixture.service(Settings.from(JsonParser.parseString("{\"display\": \"off\"}")));
    Analysis analysis = analysis(off);
    assertEquals(
        0,
        off.codeLenses(analysis, NEVER_CANCELLED).size()
            + off.inlayHints(analysis, null, NEVER_CANCELLED).size());
    ScenecostLanguageService both =
        Fixture.service(Settings.from(JsonParser.parseString("{\"display\": \"both\"}")));
    Analysis again = analysis(both);
    assertEquals(3, both.codeLenses(again, NEVER_CANCELLED).size());
    assertEquals(2, both.inlayHints(again, null, NEVER_CANCELLED).size());
  }

  @Test
  void theOutlineShowsEachScenesCost() {
    ScenecostLanguageService service = Fixture.service();
    var symbols = service.documentSymbols(analysis(service), NEVER_CANCELLED);
    assertEquals(
        List.of("$15.00 · 8s · hero", "$7.50 · 8s · standard"),
        symbols.stream().map(s -> s.getDetail()).toList());
  }

  @Test
  void aLongSceneReadsTheSameInTheLensAndInTheReport() {
    // One hero scene held to 1h 2m 5s = 3,600 + 120 + 5 = 3,725 s: 3,725 x $2 = $7,450, which
    // reads in whole units with a separator; 7,450 / 12,000 = 62.08%, shown as 62%.
    String film =
        "Title: Long\nBudget: $12,000\n\n"
            + "INT. ATTIC - DAY [[tier: hero]] [[duration: 1h 2m 5s]]\n\nDust falls.\n";
    ScenecostLanguageService service = Fixture.service();
    String uri = TestProject.create(folder, TestProject.CONFIG);
    Analysis analysis = service.analyze(new TextDocument(uri, 1, film));
    List<CodeLens> lenses = service.codeLenses(analysis, NEVER_CANCELLED);
    String scene = lenses.get(1).getCommand().getTitle();
    assertMatches(
        "≈ 1h 02m 05s · \\d+(\\.\\d)?[kMB] tokens · \\$7,450 · hero · 62% of \\$12,000 budget",
        scene);
    assertMatches(
        "Film ≈ 1h 02m 05s · \\d+(\\.\\d)?[kMB] tokens · \\$7,450 with 0% contingency"
            + " · 62% of \\$12,000 budget",
        lenses.get(0).getCommand().getTitle());
    // The report's scene row carries the very same screen time, tokens and money.
    String tokens = scene.split(" · ")[1].replace(" tokens", "");
    String report = ReportFormat.TABLE.render(analysis.estimate().get(), List.of());
    assertTrue(
        report
            .lines()
            .anyMatch(
                line ->
                    line.matches(
                        "1 +INT\\. ATTIC - DAY +1/8 +1h 02m 05s\\* +hero +"
                            + tokens.replace(".", "\\.")
                            + " +\\$7,450 +\\$12,000 +fits")),
        report);
  }

  private static void assertMatches(String regex, String actual) {
    assertTrue(actual.matches(regex), "expected /" + regex + "/ but was: " + actual);
  }
}
