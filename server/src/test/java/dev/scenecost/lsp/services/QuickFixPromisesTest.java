package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.NEVER_CANCELLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.SceneStatus;
import dev.scenecost.lsp.document.TextDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/**
 * Every promise a budget finding or quick fix makes is kept once applied. For every scene over its
 * share in several screenplays at budgets from tight to loose, each offered quick fix is applied as
 * the editor would (its text edits), the text is parsed and estimated again, and what the fix's
 * title said ("fits the $X allocation", "still over", "Raise this scene's budget") and what the
 * finding said ("Switching to \"x\" would fit its share") is checked on the new estimate.
 */
class QuickFixPromisesTest {
  private static final Pattern SWITCH =
      Pattern.compile("Switch to tier \"(.+)\" — (\\S+) → (\\S+), fits the (\\S+) allocation");
  private static final Pattern BACKGROUND =
      Pattern.compile(
          "Mark as background — (\\S+) → (\\S+), (fits|still over) the (\\S+) allocation");
  private static final Pattern RAISE = Pattern.compile("Raise this scene's budget to (\\S+)");
  private static final Pattern WOULD_FIT =
      Pattern.compile("Switching to \"(.+)\" \\((\\S+)\\) would fit its share");

  /** Budgets as fractions of the film's cost with contingency: from far too little to plenty. */
  private static final double[] BUDGET_FRACTIONS = {0.15, 0.5, 0.8, 0.97, 1.1, 1.6};

  private final ScenecostLanguageService service = Fixture.service();

  @Test
  void theExampleScreenplayKeepsEveryPromise() throws IOException {
    int checked = checkAtEveryBudget(resource("/lsp/the-last-reel.fountain"));
    assertTrue(checked > 20, "only " + checked + " fixes were checked");
  }

  @Test
  void aSyntheticFeatureKeepsEveryPromise() {
    int checked = checkAtEveryBudget(syntheticFeature(48));
    assertTrue(checked > 20, "only " + checked + " fixes were checked");
  }

  /**
   * The promise that started it: in the example at its own budget, the preferred quick fix on a
   * scene over its share removes that scene's diagnostic once applied.
   */
  @Test
  void thePreferredFixRemovesTheScenesDiagnostic() throws IOException {
    String text = withBudget(resource("/lsp/the-last-reel.fountain"), 600);
    Analysis analysis = analyze(text);
    List<Diagnostic> over = diagnostics(analysis, "scene-over-allocation");
    assertFalse(over.isEmpty());
    Diagnostic diagnostic = over.get(0);
    int scene = sceneAt(analysis, diagnostic);
    CodeAction preferred =
        actions(analysis, diagnostic).stream()
            .filter(a -> Boolean.TRUE.equals(a.getIsPreferred()))
            .findFirst()
            .orElseThrow();
    Analysis after = analyze(Fixture.apply(text, edits(preferred)));
    SceneEstimate fixed = after.estimate().orElseThrow().scenes().get(scene);
    assertTrue(
        diagnostics(after, "scene-over-allocation").stream()
            .noneMatch(d -> sceneAt(after, d) == scene),
        preferred.getTitle());
    assertFalse(fixed.overBudget());
  }

  private int checkAtEveryBudget(String screenplay) {
    FilmEstimate unbudgeted = analyze(withoutBudget(screenplay)).estimate().orElseThrow();
    int checked = 0;
    for (double fraction : BUDGET_FRACTIONS) {
      long budget = Math.max(1, Math.round(unbudgeted.costWithContingency() * fraction));
      checked += checkEveryFix(withBudget(screenplay, budget));
    }
    return checked;
  }

  /** Applies every quick fix of every scene over its share; returns how many were checked. */
  private int checkEveryFix(String text) {
    Analysis analysis = analyze(text);
    FilmEstimate film = analysis.estimate().orElseThrow();
    int checked = 0;
    for (Diagnostic diagnostic : diagnostics(analysis, "scene-over-allocation")) {
      int index = sceneAt(analysis, diagnostic);
      SceneEstimate scene = film.scenes().get(index);
      assertTrue(scene.overBudget(), diagnostic.getMessage());
      List<CodeAction> actions = actions(analysis, diagnostic);
      Matcher wouldFit = WOULD_FIT.matcher(diagnostic.getMessage());
      if (wouldFit.find()) {
        // The tier the finding names is the preferred fix.
        String tier = wouldFit.group(1);
        CodeAction preferred =
            actions.stream()
                .filter(a -> Boolean.TRUE.equals(a.getIsPreferred()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(diagnostic.getMessage()));
        assertTrue(
            preferred.getTitle().startsWith("Switch to tier \"" + tier + "\"")
                || (tier.equals("background")
                    && preferred.getTitle().startsWith("Mark as background")),
            diagnostic.getMessage() + " / " + preferred.getTitle());
      }
      for (CodeAction action : actions) {
        checkPromise(text, index, scene, action, film.currencySymbol());
        checked++;
      }
    }
    return checked;
  }

  private void checkPromise(
      String text, int index, SceneEstimate before, CodeAction action, String symbol) {
    String title = action.getTitle();
    Analysis after = analyze(Fixture.apply(text, edits(action)));
    FilmEstimate film = after.estimate().orElseThrow();
    SceneEstimate scene = film.scenes().get(index);
    boolean diagnosticGone =
        diagnostics(after, "scene-over-allocation").stream()
            .noneMatch(d -> sceneAt(after, d) == index);
    Matcher m;
    if ((m = SWITCH.matcher(title)).matches()) {
      assertEquals(m.group(1), scene.tier(), title);
      assertEquals(m.group(3), Amounts.money(scene.cost().amount(), symbol), title);
      assertEquals(m.group(4), Amounts.money(scene.allocation(), symbol), title);
      assertFalse(scene.overBudget(), title + " left " + scene.overBy() + " over");
      assertTrue(diagnosticGone, title);
    } else if ((m = BACKGROUND.matcher(title)).matches()) {
      assertEquals(m.group(2), Amounts.money(scene.cost().amount(), symbol), title);
      assertEquals(m.group(4), Amounts.money(scene.allocation(), symbol), title);
      boolean promisedFit = m.group(3).equals("fits");
      assertEquals(promisedFit, !scene.overBudget(), title);
      assertEquals(promisedFit, diagnosticGone, title);
    } else if ((m = RAISE.matcher(title)).matches()) {
      assertNotNull(scene.explicitBudget(), title);
      assertEquals(m.group(1), Amounts.money(scene.explicitBudget(), symbol), title);
      assertEquals(before.cost().amount(), scene.cost().amount(), 1e-9, title);
      assertTrue(scene.status() == SceneStatus.FITS || scene.overBy() == 0, title);
      assertTrue(diagnosticGone, title);
    } else {
      throw new AssertionError("A quick fix this test does not know: " + title);
    }
  }

  private Analysis analyze(String text) {
    return service.analyze(new TextDocument(Fixture.URI, 1, text));
  }

  private List<Diagnostic> diagnostics(Analysis analysis, String code) {
    return service.diagnostics(analysis).stream()
        .filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft()))
        .toList();
  }

  private static int sceneAt(Analysis analysis, Diagnostic diagnostic) {
    return analysis
        .estimate()
        .orElseThrow()
        .sceneAtLine(diagnostic.getRange().getStart().getLine())
        .orElseThrow()
        .index();
  }

  private List<CodeAction> actions(Analysis analysis, Diagnostic diagnostic) {
    CodeActionParams params =
        new CodeActionParams(
            new TextDocumentIdentifier(analysis.uri()),
            diagnostic.getRange(),
            new CodeActionContext(List.of(diagnostic), List.of(CodeActionKind.QuickFix)));
    return service.codeActions(analysis, params, NEVER_CANCELLED).stream()
        .map(e -> e.getRight())
        .toList();
  }

  private static List<TextEdit> edits(CodeAction action) {
    return action.getEdit().getDocumentChanges().get(0).getLeft().getEdits();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = QuickFixPromisesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String withoutBudget(String text) {
    return text.replaceFirst("(?m)^Budget:.*\\R", "");
  }

  private static String withBudget(String text, long budget) {
    return "Budget: $" + budget + "\n" + withoutBudget(text);
  }

  /**
   * A feature-length screenplay: recurring characters and locations, tier, importance and budget
   * notes (some sharing one note), numbered and unnumbered scenes, effects, night scenes.
   */
  static String syntheticFeature(int scenes) {
    String[] places = {"KITCHEN", "HIGHWAY", "ROOFTOP", "DINER", "FOREST", "STATION"};
    String[] times = {"DAY", "NIGHT", "DUSK"};
    String[] names = {"MARA", "JONAH", "TESS", "OWEN", "RUTH"};
    String[] tiers = {"hero", "standard", "background", "previz"};
    StringBuilder s = new StringBuilder("Title: Synthetic Feature\nContingency: 20%\n\n");
    for (int i = 0; i < scenes; i++) {
      String place = places[(i * 7) % places.length];
      s.append(i % 3 == 0 ? "EXT. " : "INT. ")
          .append(place)
          .append(" - ")
          .append(times[i % times.length]);
      if (i % 5 == 1) {
        s.append(" [[tier: ").append(tiers[(i / 5) % tiers.length]).append("]]");
      }
      if (i % 4 == 2) {
        s.append(" #").append(i + 1).append('#');
      }
      s.append("\n");
      if (i % 6 == 3) {
        s.append("[[importance: ").append(1 + i % 5).append("; tier: hero]]\n");
      } else if (i % 9 == 4) {
        s.append("[[budget: $").append(20 + i * 3).append("]]\n");
      } else if (i % 7 == 5) {
        s.append("[[importance: high]]\n");
      }
      s.append("\n");
      String a = names[i % names.length];
      String b = names[(i + 2) % names.length];
      int beats = 1 + i % 4;
      for (int beat = 0; beat < beats; beat++) {
        s.append(a)
            .append(" crosses the room")
            .append(i % 4 == 1 ? " as a car explodes in the street outside" : "")
            .append(". ")
            .append("The light changes while the scene settles into its rhythm.\n\n");
        s.append(a).append("\nWe should go before it gets worse out there.\n\n");
        s.append(b)
            .append("\nNot yet. ")
            .append("Tell me what you saw. ".repeat(1 + beat))
            .append("\n\n");
      }
    }
    return s.toString();
  }
}
