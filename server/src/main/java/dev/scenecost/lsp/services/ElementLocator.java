package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Note;
import java.util.List;
import java.util.Optional;

/** Finds what lies under the cursor: the element, the inline note inside it, the scene. */
final class ElementLocator {
  private ElementLocator() {}

  /** The innermost element at a position: an inline note wins over the element holding it. */
  static Optional<Element> elementAt(Screenplay screenplay, SourcePosition position) {
    List<Element> elements = screenplay.elements();
    int low = 0;
    int high = elements.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Element element = elements.get(middle);
      if (element.range().end().compareTo(position) < 0) {
        low = middle + 1;
      } else if (element.range().start().compareTo(position) > 0) {
        high = middle - 1;
      } else {
        for (Note note : element.notes()) {
          if (note.range().contains(position)) {
            return Optional.of(note);
          }
        }
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  /** The scene whose range holds the line, or empty before the first scene heading. */
  static Optional<Scene> sceneAtLine(Screenplay screenplay, int line) {
    List<Scene> scenes = screenplay.scenes();
    int low = 0;
    int high = scenes.size() - 1;
    Scene found = null;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Scene scene = scenes.get(middle);
      if (scene.range().start().line() <= line) {
        found = scene;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The scene a heading opens, if the element is a scene heading. */
  static Optional<Scene> sceneOfHeading(Screenplay screenplay, Element element) {
    return sceneAtLine(screenplay, element.range().start().line())
        .filter(scene -> scene.heading() == element);
  }
}
