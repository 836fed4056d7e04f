package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.node.SceneHeading;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/**
 * From a character (a cue or a mention in action) or a location (in a scene heading) to the scenes
 * it appears in. Its definition is the first of them: the scene that pays for its reference images.
 */
final class ReferencesProvider {

  List<Location> references(Analysis analysis, Position position) {
    return scenesFor(analysis, position).stream()
        .map(scene -> new Location(analysis.uri(), Ranges.toLsp(scene.heading().range())))
        .toList();
  }

  List<Location> definition(Analysis analysis, Position position) {
    return references(analysis, position).stream().limit(1).toList();
  }

  private static List<Scene> scenesFor(Analysis analysis, Position position) {
    Optional<RenameProvider.NameAtCursor> character =
        RenameProvider.characterAt(analysis, position);
    if (character.isPresent()) {
      return analysis.index().scenesWith(character.get().name());
    }
    SourcePosition at = Ranges.toSource(position);
    return ElementLocator.elementAt(analysis.screenplay(), at)
        .filter(SceneHeading.class::isInstance)
        .map(SceneHeading.class::cast)
        .filter(heading -> heading.location() != null && !heading.location().isBlank())
        .map(heading -> analysis.index().scenesAt(heading.location()))
        .orElse(List.of());
  }
}
