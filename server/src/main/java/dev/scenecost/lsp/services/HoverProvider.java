package dev.scenecost.lsp.services;

import dev.scenecost.budget.estimate.SceneNotes;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Note;
import dev.scenecost.jfountain.node.SceneHeading;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/** Breakdowns on hover: a scene's heading, a character's cue, a {@code [[tier: x]]} note. */
final class HoverProvider {

  Optional<Hover> hover(
      Analysis analysis, Position position, ClientFeatures client, CancelChecker cancel) {
    if (!analysis.document().lines().isInside(position.getLine(), position.getCharacter())) {
      return Optional.empty();
    }
    SourcePosition at = Ranges.toSource(position);
    Optional<Element> element = ElementLocator.elementAt(analysis.screenplay(), at);
    if (element.isEmpty()) {
      return Optional.empty();
    }
    cancel.checkCanceled();
    Element found = element.get();
    Optional<String> markdown = Optional.empty();
    if (found instanceof Note note) {
      markdown =
          BudgetNotes.read(note.text())
              .filter(annotation -> annotation.key().equals(BudgetNotes.TIER))
              .map(
                  annotation -> {
                    SceneNotes.TierValue tier = SceneNotes.TierValue.of(annotation.value());
                    return TierHoverContent.markdown(analysis.project().config(), tier.name())
                        + (tier.locked()
                            ? "\n\nLocked: `scenecost fit` and \"Fit the film to its budget\""
                                + " keep this scene at this tier."
                            : "");
                  });
    } else if (analysis.estimate().isPresent()) {
      FilmEstimate film = analysis.estimate().get();
      if (found instanceof SceneHeading) {
        markdown =
            ElementLocator.sceneOfHeading(analysis.screenplay(), found)
                .map(Scene::index)
                .flatMap(index -> analysis.report().flatMap(report -> report.scene(index)))
                .map(
                    scene ->
                        SceneHoverContent.markdown(
                                scene, film.currencySymbol(), analysis.project().config())
                            + UsageHoverContent.markdown(analysis, scene.index())
                                .map(usage -> "\n\n---\n\n" + usage)
                                .orElse(""));
      } else if (found instanceof CharacterCue cue) {
        markdown =
            film.character(cue.name())
                .map(character -> CharacterHoverContent.markdown(film, character));
      }
    }
    Range range = Ranges.toLsp(found.range());
    return markdown.map(
        text ->
            new Hover(
                new MarkupContent(
                    client.markdown() ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, text),
                range));
  }
}
