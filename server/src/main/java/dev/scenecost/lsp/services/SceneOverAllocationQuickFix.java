package dev.scenecost.lsp.services;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.SceneNote;
import dev.scenecost.budget.result.TierQuote;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

/**
 * For a scene over its allocation: each cheaper tier that fits, most expensive first (the first
 * preferred); raising the scene's own budget to its cost; and marking it as background.
 */
final class SceneOverAllocationQuickFix implements QuickFix {
  static final String BACKGROUND = "background";

  @Override
  public List<CodeAction> fixes(Analysis analysis, Finding finding, Diagnostic diagnostic) {
    if (finding.sceneIndex() == null || analysis.estimate().isEmpty()) {
      return List.of();
    }
    FilmEstimate film = analysis.estimate().get();
    SceneEstimate scene = analysis.scene(finding.sceneIndex()).orElse(null);
    if (scene == null || scene.allocation() == null) {
      return List.of();
    }
    String symbol = film.currencySymbol();
    String cost = Amounts.money(scene.cost().amount(), symbol);
    List<CodeAction> actions = new ArrayList<>();
    // The tier the finding recommends is the preferred fix; without one, the first that fits.
    String recommended =
        finding.suggestions().isEmpty()
            ? scene.alternatives().stream()
                .filter(TierQuote::fits)
                .map(TierQuote::tier)
                .findFirst()
                .orElse(null)
            : finding.suggestions().get(0);
    for (TierQuote quote : scene.alternatives()) {
      if (!quote.fits() || quote.tier().equalsIgnoreCase(BACKGROUND)) {
        continue;
      }
      String title =
          "Switch to tier \""
              + quote.tier()
              + "\" — "
              + cost
              + " → "
              + Amounts.money(quote.cost().amount(), symbol)
              + ", fits the "
              + Amounts.money(scene.allocation(), symbol)
              + " allocation";
      actions.add(
          NoteEdits.quickFix(
              title,
              analysis,
              diagnostic,
              NoteEdits.setNote(analysis, scene, SceneNote.TIER, quote.tier()),
              quote.tier().equalsIgnoreCase(recommended)));
    }
    if (scene.allocation() != null) {
      long raised = (long) Math.ceil(scene.cost().amount());
      String title = "Raise this scene's budget to " + Amounts.money(raised, symbol);
      actions.add(
          NoteEdits.quickFix(
              title,
              analysis,
              diagnostic,
              NoteEdits.setNote(
                  analysis, scene, SceneNote.BUDGET, NoteEdits.amount(symbol, raised)),
              false));
    }
    if (!scene.tier().equalsIgnoreCase(BACKGROUND)) {
      scene
          .quote(BACKGROUND)
          .ifPresent(
              background -> {
                String title =
                    "Mark as background — "
                        + cost
                        + " → "
                        + Amounts.money(background.cost().amount(), symbol)
                        + (background.fits() ? ", fits the " : ", still over the ")
                        + Amounts.money(scene.allocation(), symbol)
                        + " allocation";
                actions.add(
                    NoteEdits.quickFix(
                        title,
                        analysis,
                        diagnostic,
                        NoteEdits.setNote(analysis, scene, SceneNote.TIER, background.tier()),
                        background.fits() && background.tier().equalsIgnoreCase(recommended)));
              });
    }
    return actions;
  }
}
