package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;

class ParseDiagnosticsTest {

  private static List<Diagnostic> diagnostics(String text) {
    return Fixture.service().diagnostics(analyze(text)).stream()
        .filter(d -> d.getCode().getLeft().startsWith("unclosed"))
        .toList();
  }

  @Test
  void anUnclosedBoneyardIsAWarningWhereItOpens() {
    List<Diagnostic> found = diagnostics("INT. HOUSE - DAY\n\n/* cut from here\n\nBob sits.\n");
    assertEquals(1, found.size());
    Diagnostic diagnostic = found.get(0);
    assertEquals("unclosed-boneyard", diagnostic.getCode().getLeft());
    assertEquals(DiagnosticSeverity.Warning, diagnostic.getSeverity());
    assertEquals("scenecost", diagnostic.getSource());
    assertEquals(2, diagnostic.getRange().getStart().getLine());
  }

  @Test
  void anUnclosedNoteIsAWarning() {
    List<Diagnostic> found = diagnostics("INT. HOUSE - DAY\n\nBob sits. [[tier: hero\n");
    assertEquals(List.of("unclosed-note"), found.stream().map(d -> d.getCode().getLeft()).toList());
    assertEquals(DiagnosticSeverity.Warning, found.get(0).getSeverity());
  }

  @Test
  void anOpeningBeforeTheFirstHeadingIsAnInformationOnItsFirstLine() {
    List<Diagnostic> found =
        Fixture.service()
            .diagnostics(analyze("A RIVER.\n\nINT. HOUSE - DAY\n\nBob sits.\n"))
            .stream()
            .filter(d -> d.getCode().getLeft().equals("text-before-first-scene"))
            .toList();

    assertEquals(1, found.size());
    assertEquals(DiagnosticSeverity.Information, found.get(0).getSeverity());
    // "A RIVER." is line 0, characters 0 to 8.
    assertEquals(0, found.get(0).getRange().getStart().getLine());
    assertEquals(8, found.get(0).getRange().getEnd().getCharacter());
  }
}
