package dev.scenecost.lsp.services;

import dev.scenecost.budget.report.BudgetReport;
import dev.scenecost.budget.report.SceneFigures;
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
    if (analysis.report().isEmpty()) {
      return List.of();
    }
    BudgetReport report = analysis.report().get();
    List<CodeLens> lenses = new ArrayList<>(report.scenes().size() + 1);
    lenses.add(lens(filmRange(analysis), report.film().lens()));
    for (SceneFigures scene : report.scenes()) {
      cancel.checkCanceled();
      lenses.add(lens(Ranges.toLsp(scene.estimate().headingRange()), scene.lens()));
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
