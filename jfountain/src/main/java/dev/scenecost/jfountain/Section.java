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

  public Section(SectionHeading heading, Section parent) {
    this.heading = heading;
    this.parent = parent;
    this.range = heading.range();
  }

  public SectionHeading heading() {
    return heading;
  }

  public String title() {
    return heading.text();
  }

  public int depth() {
    return heading.depth();
  }

  /** The enclosing section, or null at the top level. */
  public Section parent() {
    return parent;
  }

  public List<Section> children() {
    return Collections.unmodifiableList(children);
  }

  /** Scenes directly in this section (not those of nested sections). */
  public List<Scene> scenes() {
    return Collections.unmodifiableList(scenes);
  }

  /** From the section line to the end of its last scene or nested section. */
  public SourceRange range() {
    return range;
  }

  /** For the parser while it builds the outline. */
  public void addChild(Section child) {
    children.add(child);
  }

  /** For the parser while it builds the outline. */
  public void addScene(Scene scene) {
    scenes.add(scene);
  }

  /** For the parser while it builds the outline. */
  public void extendTo(SourcePosition end) {
    if (end.compareTo(range.end()) > 0) {
      range = new SourceRange(range.start(), end);
    }
  }
}
