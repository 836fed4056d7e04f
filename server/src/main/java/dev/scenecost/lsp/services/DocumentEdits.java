package dev.scenecost.lsp.services;

import dev.scenecost.budget.edit.TextChange;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Edits of an analysed document as the protocol carries them. */
final class DocumentEdits {
  private DocumentEdits() {}

  /**
   * The edits for the analysed version of the document only, so an editor refuses them once the
   * text has changed since (every quick fix, rename and command of ours is made this way).
   */
  static WorkspaceEdit ofVersion(Analysis analysis, List<TextEdit> edits) {
    WorkspaceEdit edit = new WorkspaceEdit();
    edit.setDocumentChanges(
        List.of(
            Either.forLeft(
                new TextDocumentEdit(
                    new VersionedTextDocumentIdentifier(analysis.uri(), analysis.version()),
                    edits))));
    return edit;
  }

  /** The engine's text change as a protocol edit. */
  static TextEdit toLsp(TextChange change) {
    return new TextEdit(Ranges.toLsp(change.range()), change.replacement());
  }

  /** The engine's text changes as protocol edits. */
  static List<TextEdit> toLsp(List<TextChange> changes) {
    return changes.stream().map(DocumentEdits::toLsp).toList();
  }
}
