package dev.scenecost.lsp.services;

import dev.scenecost.budget.usage.SceneNumbering;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.TextEdit;

/**
 * "Number all scenes": a {@code #n#} at the end of every heading that has none, never changing an
 * existing number (see {@link SceneNumbering}), so ledger rows stay tied to their scenes when
 * headings are edited. A source action, offered anywhere in a screenplay with unnumbered scenes.
 */
final class NumberScenesAction {
  static final String TITLE = "Number all scenes";

  /** The action, when some scene has no number. */
  Optional<CodeAction> action(Analysis analysis) {
    List<TextEdit> edits = edits(analysis);
    if (edits.isEmpty()) {
      return Optional.empty();
    }
    CodeAction action =
        new CodeAction(
            TITLE + " (" + SceneHoverContent.plural(edits.size(), "scene") + " without a number)");
    action.setKind(CodeActionKind.Source);
    action.setEdit(DocumentEdits.ofVersion(analysis, edits));
    return Optional.of(action);
  }

  /** The numbers to insert, in document order; empty when every scene has one. */
  static List<TextEdit> edits(Analysis analysis) {
    return SceneNumbering.plan(analysis.screenplay()).stream()
        .map(
            addition ->
                new TextEdit(
                    new org.eclipse.lsp4j.Range(
                        Ranges.toLsp(addition.insertAt()), Ranges.toLsp(addition.insertAt())),
                    addition.text()))
        .toList();
  }
}
