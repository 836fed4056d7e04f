package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/** A wryly such as {@code (beat)}; the text keeps its parentheses. */
public final class Parenthetical extends Element {
  /**
   * Made by the parser.
   *
   * @param text the element's text
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   */
  public Parenthetical(String text, SourceRange range, List<Note> notes) {
    super(text, range, notes);
  }

  @Override
  public ElementType type() {
    return ElementType.PARENTHETICAL;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
