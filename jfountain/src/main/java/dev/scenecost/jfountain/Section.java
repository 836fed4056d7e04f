package dev.scenecost.jfountain;

import dev.scenecost.jfountain.node.SectionHeading;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A section of the outline ({@code # ACT ONE}), holding the sections nested below it and the scenes
 * that start inside it before the next section of the same or a shallower depth.
 */
public final class Section {
  private final SectionHeading heading;
  private final Section parent;
  private final List<Section> children = new ArrayList<>();
  private final List<Scene> scenes = new ArrayList<>();
  private SourceRange range;

  /**
   * A section, for the parser.
   *
   * @param heading its section line
   * @param parent the enclosing section, or null at the top level
   */
  public Section(SectionHeading heading, Section parent) {
    this.heading = heading;
    this.parent = parent;
    this.range = heading.range();
  }

  /** {@return the section line} */
  public SectionHeading heading() {
    return heading;
  }

  /** {@return the section's title, the text after the {@code #} marks} */
  public String title() {
    return heading.text();
  }

  /** {@return how deep the section is: the number of {@code #} marks} */
  public int depth() {
    return heading.depth();
  }

  /** {@return the enclosing section, or null at the top level} */
  public Section parent() {
    return parent;
  }

  /** {@return the sections nested directly below this one, in order} */
  public List<Section> children() {
    return Collections.unmodifiableList(children);
  }

  /** {@return scenes directly in this section (not those of nested sections)} */
  public List<Scene> scenes() {
    return Collections.unmodifiableList(scenes);
  }

  /** {@return from the section line to the end of its last scene or nested section} */
  public SourceRange range() {
    return range;
  }

  /**
   * For the parser while it builds the outline.
   *
   * @param child a section nested directly below this one
   */
  public void addChild(Section child) {
    children.add(child);
  }

  /**
   * For the parser while it builds the outline.
   *
   * @param scene a scene directly in this section
   */
  public void addScene(Scene scene) {
    scenes.add(scene);
  }

  /**
   * For the parser while it builds the outline.
   *
   * @param end where the section's last scene or nested section ends, if later than now
   */
  public void extendTo(SourcePosition end) {
    if (end.compareTo(range.end()) > 0) {
      range = new SourceRange(range.start(), end);
    }
  }
}
