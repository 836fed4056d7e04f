package dev.scenecost.lsp.services;

import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
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
    if (analysis.estimate().isEmpty()) {
      return List.of();
    }
    FilmEstimate film = analysis.estimate().get();
    int first = range == null ? 0 : range.getStart().getLine();
    int last = range == null ? Integer.MAX_VALUE : range.getEnd().getLine();
    List<InlayHint> hints = new ArrayList<>();
    for (SceneEstimate scene : film.scenes()) {
      cancel.checkCanceled();
      int line = scene.headingRange().start().line();
      if (line < first || line > last) {
        continue;
      }
      Position end = new Position(line, analysis.document().lines().lineLength(line));
      InlayHint hint =
          new InlayHint(
              end,
              Either.forLeft(
                  CostLabels.scene(film, scene) + UsageLabels.scene(analysis, scene.index())));
      hint.setPaddingLeft(true);
      hints.add(hint);
    }
    return hints;
  }
}
