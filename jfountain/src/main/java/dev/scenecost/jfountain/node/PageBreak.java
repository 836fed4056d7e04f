package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/** A page break, written as a line of three or more {@code =}; its text is empty. */
public final class PageBreak extends Element {
  /**
   * Made by the parser.
   *
   * @param text the element's text
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   */
  public PageBreak(String text, SourceRange range, List<Note> notes) {
    super(text, range, notes);
  }

  @Override
  public ElementType type() {
    return ElementType.PAGE_BREAK;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
