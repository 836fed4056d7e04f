package dev.scenecost.lsp.services;

import dev.scenecost.budget.edit.SceneNoteEdits;
import dev.scenecost.budget.edit.TextChange;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.SceneEstimate;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;

/**
 * Writes a scene's budget annotation: replaces its existing {@code [[key: ...]]} note, or adds one
 * at the end of the heading line (before a scene number, which must stay last).
 */
final class NoteEdits {
  private NoteEdits() {}

  /** The engine's edit ({@link SceneNoteEdits}), so editors and the command line write alike. */
  static TextEdit setNote(Analysis analysis, SceneEstimate scene, String key, String value) {
    TextChange change =
        SceneNoteEdits.set(scene, key, value, line -> analysis.document().lines().line(line));
    return DocumentEdits.toLsp(change);
  }

  /** A preferred-or-not quick fix applying one edit to this version of the document. */
  static CodeAction quickFix(
      String title, Analysis analysis, Diagnostic diagnostic, TextEdit edit, boolean preferred) {
    CodeAction action = new CodeAction(title);
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(diagnostic));
    if (preferred) {
      action.setIsPreferred(true);
    }
    action.setEdit(DocumentEdits.ofVersion(analysis, List.of(edit)));
    return action;
  }

  /** Whole units as a writer types them in a note: {@code $19}, {@code €1,250}, or bare digits. */
  static String amount(String symbol, long wholeUnits) {
    String formatted = Amounts.count(wholeUnits);
    return symbol != null && symbol.length() == 1 && "$€£¥₹".contains(symbol)
        ? symbol + formatted
        : formatted;
  }
}
