package dev.scenecost.lsp.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.usage.ledger.LedgerProblem;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.lsp.DiagnosticCode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One registry of codes: every code the engine, the parser or the ledger can produce has its
 * diagnostic code, and every finding that carries suggestions has a quick fix to apply them.
 */
class CodeRegistryTest {

  @Test
  void everyFindingCodeHasItsDiagnosticCode() {
    for (FindingCode code : FindingCode.values()) {
      DiagnosticCode diagnostic =
          DiagnosticCode.of(code)
              .orElseThrow(() -> new AssertionError(code + " has no DiagnosticCode"));
      assertEquals(code.id(), diagnostic.id());
      assertEquals(DiagnosticCode.Kind.FINDING, diagnostic.kind());
    }
  }

  @Test
  void everyParserAndLedgerCodeHasItsOwnDiagnosticCode() throws Exception {
    for (String code : constants(ParseWarning.class)) {
      assertNotEquals(DiagnosticCode.PARSE_WARNING, DiagnosticCode.ofParseWarning(code), code);
    }
    for (String code : constants(LedgerProblem.class)) {
      assertNotEquals(DiagnosticCode.USAGE_PROBLEM, DiagnosticCode.ofLedgerProblem(code), code);
    }
  }

  @Test
  void diagnosticCodeIdsAreUnique() {
    Set<String> ids = new HashSet<>();
    Arrays.stream(DiagnosticCode.values())
        .forEach(code -> assertTrue(ids.add(code.id()), code.id()));
  }

  @Test
  void everyFindingWithSuggestionsHasAQuickFix() {
    // Scene 1 is hero at $15.00 against its own $10 budget (standard, $7.50, would fit); scene 2
    // names a tier that does not exist (closest: hero).
    String film = TestProject.FILM + "\nINT. CELLAR - NIGHT [[tier: heor]]\n\nWater drips.\n";
    List<Finding> findings =
        new BudgetEngine()
            .estimate(
                FountainParser.parse(film),
                ConfigLoader.fromText(TestProject.CONFIG, "scenecost.json").config())
            .findings();
    List<Finding> suggesting = findings.stream().filter(f -> !f.suggestions().isEmpty()).toList();
    Set<FindingCode> codes = new HashSet<>();
    suggesting.forEach(f -> codes.add(f.code()));
    assertEquals(Set.of(FindingCode.SCENE_OVER_ALLOCATION, FindingCode.UNKNOWN_TIER), codes);
    CodeActionProvider actions = new CodeActionProvider();
    for (Finding finding : suggesting) {
      assertTrue(
          actions.hasQuickFix(DiagnosticCode.of(finding.code()).orElseThrow()),
          finding.code() + " carries suggestions but has no quick fix");
    }
  }

  /** The public static String CODE_* constants of a class. */
  private static List<String> constants(Class<?> type) throws IllegalAccessException {
    List<String> values = new java.util.ArrayList<>();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.getType() == String.class
          && field.getName().startsWith("CODE_")) {
        values.add((String) field.get(null));
      }
    }
    assertTrue(!values.isEmpty(), type + " has no CODE_ constants");
    return values;
  }
}
