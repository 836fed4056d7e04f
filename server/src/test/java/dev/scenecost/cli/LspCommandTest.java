package dev.scenecost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The language server's start-up warm-up must really run the pipeline it warms: a sample that
 * failed to parse or estimate would silently warm nothing, since the warm-up swallows failures.
 */
class LspCommandTest {

  @Test
  void warmUpAnalysesItsSampleAndBuildsItsDiagnosticsWithoutAFault() {
    LspCommand.WarmUp warmUp = LspCommand.warmUp();

    var budget = warmUp.analysis().budget();
    assertEquals("", budget.failure().orElse(""));
    assertEquals(java.util.List.of(), budget.parseWarnings());
    assertEquals(8, budget.estimate().orElseThrow().scenes().size());
    assertTrue(budget.filmFigures().isPresent());
    String sent = warmUp.sent();
    assertEquals(1, sent.split("Content-Length: ", -1).length - 1, "one message: " + sent);
    assertTrue(
        sent.contains("\"method\":\"textDocument/publishDiagnostics\"")
            && sent.contains("\"uri\":\"untitled:warm-up.fountain\""),
        "written as the server sends it: " + sent);
    assertTrue(
        sent.contains("\"diagnostics\":[{"),
        "the harbour scene is over its $40, so diagnostics and their quick-fix data are made: "
            + sent);
  }
}
