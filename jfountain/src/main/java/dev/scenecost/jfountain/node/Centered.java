package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/** Text written as {@code >text<}; the text is trimmed inside the brackets. */
public final class Centered extends Element {
  /**
   * Made by the parser.
   *
   * @param text the element's text
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   */
  public Centered(String text, SourceRange range, List<Note> notes) {
    super(text, range, notes);
  }

  @Override
  public ElementType type() {
    return ElementType.CENTERED;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
