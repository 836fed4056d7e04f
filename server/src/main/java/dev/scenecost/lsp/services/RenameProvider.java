package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.CharacterCue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Renames a character everywhere at once: every cue (extensions such as {@code (V.O.)} kept, as
 * they sit outside the name's span) and every mention in action, written in capitals or
 * capitalised, each in its own spelling of the new name.
 */
final class RenameProvider {

  Optional<PrepareRenameResult> prepareRename(Analysis analysis, Position position) {
    return characterAt(analysis, position)
        .map(found -> new PrepareRenameResult(Ranges.toLsp(found.range()), found.name()));
  }

  WorkspaceEdit rename(Analysis analysis, Position position, String newName) {
    NameAtCursor found =
        characterAt(analysis, position)
            .orElseThrow(
                () ->
                    new ResponseErrorException(
                        new ResponseError(
                            ResponseErrorCode.InvalidParams,
                            "Put the cursor on a character's name (a cue, or the name in capitals "
                                + "in action) to rename the character.",
                            null)));
    String trimmed = newName == null ? "" : newName.trim();
    if (trimmed.isEmpty()) {
      throw new ResponseErrorException(
          new ResponseError(ResponseErrorCode.InvalidParams, "A character needs a name.", null));
    }
    String upper = trimmed.toUpperCase(Locale.ROOT);
    String capitalised = ScreenplayIndex.capitalise(upper);
    List<TextEdit> edits = new ArrayList<>();
    for (ScreenplayIndex.NameSpan span : analysis.index().nameSpans(found.name())) {
      String written =
          analysis
              .document()
              .lines()
              .line(span.range().start().line())
              .substring(span.range().start().character(), span.range().end().character());
      String replacement =
          span.inCue() || written.equals(written.toUpperCase(Locale.ROOT)) ? upper : capitalised;
      edits.add(new TextEdit(Ranges.toLsp(span.range()), replacement));
    }
    return DocumentEdits.ofVersion(analysis, edits);
  }

  record NameAtCursor(String name, SourceRange range) {}

  /** The character whose name (in a cue or in action) is under the cursor. */
  static Optional<NameAtCursor> characterAt(Analysis analysis, Position position) {
    SourcePosition at = Ranges.toSource(position);
    Optional<CharacterCue> cue =
        ElementLocator.elementAt(analysis.screenplay(), at)
            .filter(CharacterCue.class::isInstance)
            .map(CharacterCue.class::cast);
    if (cue.isPresent()) {
      SourceRange span = analysis.index().nameSpanOf(cue.get());
      return span.contains(at)
          ? Optional.of(new NameAtCursor(cue.get().name().trim(), span))
          : Optional.empty();
    }
    String line = analysis.document().lines().line(position.getLine()).toUpperCase(Locale.ROOT);
    for (String name : analysis.index().characterNames()) {
      if (!line.contains(ScreenplayIndex.key(name))) {
        continue;
      }
      Optional<NameAtCursor> found =
          analysis.index().nameSpans(name).stream()
              .filter(span -> span.range().contains(at))
              .findFirst()
              .map(span -> new NameAtCursor(name, span.range()));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
