package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/** A wryly such as {@code (beat)}; the text keeps its parentheses. */
public final class Parenthetical extends Element {
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
