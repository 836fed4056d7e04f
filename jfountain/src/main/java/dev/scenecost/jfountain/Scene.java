package dev.scenecost.jfountain;

import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Note;
import dev.scenecost.jfountain.node.SceneHeading;
import java.util.ArrayList;
import java.util.List;

/**
 * A scene: its heading and the body elements up to the next scene heading. Sections and synopses
 * that fall inside a scene stay in its body, in source order.
 */
public final class Scene {
  private final int index;
  private final SceneHeading heading;
  private final List<Element> elements;
  private final Section section;
  private final SourceRange range;

  /**
   * A scene, for the parser.
   *
   * @param index its position among the screenplay's scenes, from 0
   * @param heading its heading
   * @param elements its body in source order
   * @param section the innermost section it belongs to, or null
   * @param range from its heading to the end of its last element
   */
  public Scene(
      int index, SceneHeading heading, List<Element> elements, Section section, SourceRange range) {
    this.index = index;
    this.heading = heading;
    this.elements = List.copyOf(elements);
    this.section = section;
    this.range = range;
  }

  /** {@return position among the screenplay's scenes, from 0} */
  public int index() {
    return index;
  }

  /** {@return the scene heading} */
  public SceneHeading heading() {
    return heading;
  }

  /** {@return the body, heading excluded, in source order} */
  public List<Element> elements() {
    return elements;
  }

  /** {@return the innermost section the scene belongs to, or null before the first section} */
  public Section section() {
    return section;
  }

  /** {@return from the start of the heading to the end of the scene's last element} */
  public SourceRange range() {
    return range;
  }

  /**
   * Every note of the scene in source order: own-line notes in the body and inline notes attached
   * to the heading or to body elements.
   *
   * @return the notes, in source order
   */
  public List<Note> allNotes() {
    List<Note> result = new ArrayList<>(heading.notes());
    for (Element element : elements) {
      if (element instanceof Note note) {
        result.add(note);
      } else {
        result.addAll(element.notes());
      }
    }
    return result;
  }
}
