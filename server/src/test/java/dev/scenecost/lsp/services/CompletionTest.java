package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.cursor;
import static dev.scenecost.lsp.services.Fixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;

class CompletionTest {

  private static List<CompletionItem> complete(String textWithCursor) {
    Fixture.Cursor c = cursor(textWithCursor);
    ScenecostLanguageService service = Fixture.service();
    return service.completion(Fixture.analyze(service, c.text()), c.position());
  }

  private static List<String> labels(List<CompletionItem> items) {
    return items.stream().map(CompletionItem::getLabel).toList();
  }

  @Test
  void headingPrefixesAtTheStartOfAParagraph() {
    assertEquals(
        List.of("INT.", "INT./EXT.", "I/E"),
        labels(complete("INT. HOUSE - DAY\n\nBob sits.\n\ni|")));
  }

  @Test
  void knownLocationsAfterAPrefixReplaceWhatIsTyped() {
    List<CompletionItem> items =
        complete("INT. HOUSE - DAY\n\nBob sits.\n\nEXT. GARDEN - NIGHT\n\nBob runs.\n\nINT. H|");
    assertEquals(List.of("HOUSE", "GARDEN"), labels(items));
    // "INT. H" on line 8: the typed "H" (column 5-6) is replaced
    assertEquals(r(8, 5, 8, 6), items.get(0).getTextEdit().getLeft().getRange());
  }

  @Test
  void characterNamesAndTransitionsForACue() {
    String text = "INT. HOUSE - DAY\n\nBOB\nHi.\n\nSANDRA\nHello.\n\n|";
    List<String> labels = labels(complete(text));
    assertTrue(
        labels.containsAll(List.of("BOB", "SANDRA", "CUT TO:", "> FADE OUT.")), labels.toString());
    assertTrue(labels.contains("INT."));
    assertEquals(
        List.of("SANDRA"),
        labels(complete("INT. HOUSE - DAY\n\nBOB\nHi.\n\nSANDRA\nHello.\n\nSA|")));
  }

  @Test
  void tierNamesInsideATierNote() {
    List<String> labels = labels(complete("INT. HOUSE - DAY [[tier: |\n\nBob sits.\n"));
    assertTrue(
        labels.containsAll(List.of("hero", "standard", "background", "previz")), labels.toString());
  }

  @Test
  void afterATierAndACommaTheLock() {
    assertEquals(
        List.of("locked"), labels(complete("INT. HOUSE - DAY [[tier: hero, lo|\n\nBob sits.\n")));
    assertEquals(
        List.of("locked"), labels(complete("INT. HOUSE - DAY [[tier: previz,|\n\nBob sits.\n")));
  }

  @Test
  void nothingInTheMiddleOfDialogueOrPastTheEnd() {
    assertEquals(List.of(), complete("INT. HOUSE - DAY\n\nBOB\nHi th|ere.\n"));
    ScenecostLanguageService service = Fixture.service();
    assertEquals(
        List.of(), service.completion(Fixture.analyze(service, "INT. HOUSE\n"), Fixture.p(9, 9)));
  }
}
