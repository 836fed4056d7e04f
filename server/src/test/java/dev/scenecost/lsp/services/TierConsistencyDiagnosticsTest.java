package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;

/**
 * EDWARD speaks in the hero kitchen scene (heading on line 5) and again in the river scene (line
 * 15) at the default tier, standard: a consistency risk, shown where he changes tier.
 */
class TierConsistencyDiagnosticsTest {

  private static List<Diagnostic> inconsistencies(ClientFeatures client) {
    ScenecostLanguageService service = Fixture.service();
    service.setClientFeatures(client);
    return service.diagnostics(Fixture.analyze(service, Screenplays.TWO_ACTS)).stream()
        .filter(d -> d.getCode().getLeft().equals("character-tier-inconsistent"))
        .filter(d -> d.getMessage().startsWith("EDWARD"))
        .toList();
  }

  @Test
  void relatedScenesAreLinkedWhenTheEditorCanShowThem() {
    List<Diagnostic> found = inconsistencies(new ClientFeatures(true, true));
    assertEquals(1, found.size());
    Diagnostic diagnostic = found.get(0);
    assertEquals(DiagnosticSeverity.Information, diagnostic.getSeverity());
    assertEquals(r(15, 0, 15, 20), diagnostic.getRange());
    assertEquals(
        r(5, 0, 5, 35), diagnostic.getRelatedInformation().get(0).getLocation().getRange());
    assertEquals(Fixture.URI, diagnostic.getRelatedInformation().get(0).getLocation().getUri());
  }

  @Test
  void otherwiseTheMessageNamesThem() {
    Diagnostic diagnostic = inconsistencies(new ClientFeatures(false, true)).get(0);
    assertNull(diagnostic.getRelatedInformation());
    // The related place is the kitchen heading, 0-based line 5, shown as line 6.
    assertTrue(diagnostic.getMessage().endsWith("(line 6)."), diagnostic.getMessage());
  }
}
