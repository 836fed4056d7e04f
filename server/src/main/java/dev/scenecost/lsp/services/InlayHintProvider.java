package dev.scenecost.lsp.services;

import dev.scenecost.budget.report.BudgetReport;
import dev.scenecost.budget.report.SceneFigures;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The scene's cost at the end of its heading line, for editors or writers who prefer it there. */
final class InlayHintProvider {

  List<InlayHint> inlayHints(Analysis analysis, Range range, CancelChecker cancel) {
    if (analysis.report().isEmpty()) {
      return List.of();
    }
    BudgetReport report = analysis.report().get();
    int first = range == null ? 0 : range.getStart().getLine();
    int last = range == null ? Integer.MAX_VALUE : range.getEnd().getLine();
    List<InlayHint> hints = new ArrayList<>();
    for (SceneFigures scene : report.scenes()) {
      cancel.checkCanceled();
      int line = scene.estimate().headingRange().start().line();
      if (line < first || line > last) {
        continue;
      }
      Position end = new Position(line, analysis.document().lines().lineLength(line));
      InlayHint hint = new InlayHint(end, Either.forLeft(scene.lens()));
      hint.setPaddingLeft(true);
      hints.add(hint);
    }
    return hints;
  }
}
