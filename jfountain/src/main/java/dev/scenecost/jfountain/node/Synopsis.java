package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/** A synopsis line, written with a leading {@code =} (removed from the text). Never printed. */
public final class Synopsis extends Element {
  public Synopsis(String text, SourceRange range, List<Note> notes) {
    super(text, range, notes);
  }

  @Override
  public ElementType type() {
    return ElementType.SYNOPSIS;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
