package dev.scenecost.lsp.services;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * {@code scenecost.numberScenes} {@code {"uri"}}: the "Number all scenes" edit for an open
 * screenplay, returned and sent to the editor with {@code workspace/applyEdit}. The edit names the
 * document's version, so an editor whose text moved on refuses it instead of misplacing it.
 */
final class NumberScenesCommand {
  static final String ID = "scenecost.numberScenes";

  CommandOutcome execute(CommandArguments args, Function<String, Optional<Analysis>> open) {
    String uri = args.uri();
    Analysis analysis =
        open.apply(uri)
            .orElseThrow(
                () ->
                    CommandArguments.invalid(
                        "Open "
                            + uri
                            + " in the editor first: scene numbers are added to the text you are editing."));
    List<TextEdit> edits = NumberScenesAction.edits(analysis);
    WorkspaceEdit edit = DocumentEdits.ofVersion(analysis, edits);
    return new CommandOutcome(
        edit, Optional.empty(), edits.isEmpty() ? Optional.empty() : Optional.of(edit));
  }
}
