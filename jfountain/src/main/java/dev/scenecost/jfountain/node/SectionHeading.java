package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/** A section line ({@code #}, {@code ##}, ...): depth is the number of {@code #}. Never printed. */
public final class SectionHeading extends Element {
  private final int depth;

  /**
   * Made by the parser.
   *
   * @param text the element's text
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   * @param depth the number of {@code #} marks
   */
  public SectionHeading(String text, SourceRange range, List<Note> notes, int depth) {
    super(text, range, notes);
    this.depth = depth;
  }

  /** {@return the number of {@code #} marks, from 1} */
  public int depth() {
    return depth;
  }

  @Override
  public ElementType type() {
    return ElementType.SECTION;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
