package dev.scenecost.lsp.services;

import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * A line of cost above every scene heading and the film's totals above the title page. The lens is
 * plain text: its command id is empty, so editors show it without making it clickable.
 */
final class CodeLensProvider {

  List<CodeLens> codeLenses(Analysis analysis, CancelChecker cancel) {
    if (analysis.estimate().isEmpty()) {
      return List.of();
    }
    FilmEstimate film = analysis.estimate().get();
    List<CodeLens> lenses = new ArrayList<>(film.scenes().size() + 1);
    lenses.add(lens(filmRange(analysis), CostLabels.film(film) + UsageLabels.film(analysis)));
    for (SceneEstimate scene : film.scenes()) {
      cancel.checkCanceled();
      lenses.add(
          lens(
              Ranges.toLsp(scene.headingRange()),
              CostLabels.scene(film, scene) + UsageLabels.scene(analysis, scene.index())));
    }
    return lenses;
  }

  /** The title page's first entry, or the first line when there is none. */
  static Range filmRange(Analysis analysis) {
    var titlePage = analysis.screenplay().titlePage();
    if (!titlePage.isEmpty()) {
      return Ranges.toLsp(titlePage.get(0).range());
    }
    return Ranges.line(0, 0, analysis.document().lines().lineLength(0));
  }

  private static CodeLens lens(Range range, String title) {
    return new CodeLens(range, new Command(title, ""), null);
  }
}
