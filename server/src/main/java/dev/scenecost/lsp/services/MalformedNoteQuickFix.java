package dev.scenecost.lsp.services;

import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.SceneNote;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.lsp.document.LineIndex;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;

/**
 * For a budget note that cannot be read: an importance gets the words that can ({@code high},
 * {@code normal}, {@code low}); any such note can be removed, so the scene falls back to what the
 * film decides.
 */
final class MalformedNoteQuickFix implements QuickFix {
  private static final List<String> IMPORTANCE = List.of("high", "normal", "low");

  @Override
  public List<CodeAction> fixes(Analysis analysis, Finding finding, Diagnostic diagnostic) {
    if (finding.range() == null || finding.sceneIndex() == null) {
      return List.of();
    }
    SceneEstimate scene = analysis.scene(finding.sceneIndex()).orElse(null);
    SceneNote note =
        scene == null
            ? null
            : scene.notes().stream()
                .filter(n -> n.range().equals(finding.range()))
                .findFirst()
                .orElse(null);
    if (note == null) {
      return List.of();
    }
    List<CodeAction> actions = new ArrayList<>();
    if (note.key().equals(SceneNote.IMPORTANCE)) {
      for (String level : IMPORTANCE) {
        TextEdit edit = new TextEdit(Ranges.toLsp(note.range()), "[[importance: " + level + "]]");
        actions.add(
            NoteEdits.quickFix(
                "Set importance to " + level, analysis, diagnostic, edit, actions.isEmpty()));
      }
    }
    actions.add(
        NoteEdits.quickFix(
            "Remove this " + note.key() + " note",
            analysis,
            diagnostic,
            removal(analysis.document().lines(), note.range()),
            false));
    return actions;
  }

  /** The note, and its whole line when it stands alone on it (no blank line left behind). */
  private static TextEdit removal(LineIndex lines, SourceRange range) {
    int startLine = range.start().line();
    int endLine = range.end().line();
    boolean alone =
        lines.line(startLine).substring(0, range.start().character()).isBlank()
            && lines
                .line(endLine)
                .substring(Math.min(range.end().character(), lines.lineLength(endLine)))
                .isBlank();
    if (alone && endLine + 1 < lines.lineCount()) {
      return new TextEdit(Ranges.toLsp(SourceRange.of(startLine, 0, endLine + 1, 0)), "");
    }
    int start = range.start().character();
    String before = lines.line(startLine).substring(0, start);
    // "INT. HOUSE - DAY [[importance: hgih]]": take the space before the note with it.
    int from = before.endsWith(" ") ? start - 1 : start;
    return new TextEdit(
        Ranges.toLsp(SourceRange.of(startLine, from, endLine, range.end().character())), "");
  }
}
