package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/** A section line ({@code #}, {@code ##}, ...): depth is the number of {@code #}. Never printed. */
public final class SectionHeading extends Element {
  private final int depth;

  public SectionHeading(String text, SourceRange range, List<Note> notes, int depth) {
    super(text, range, notes);
    this.depth = depth;
  }

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
