package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/** A transition such as {@code CUT TO:}; forced with a leading {@code >}, not part of the text. */
public final class Transition extends Element {
  private final boolean forced;

  /**
   * Made by the parser.
   *
   * @param text the element's text
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   * @param forced whether it was forced with a leading {@code >}
   */
  public Transition(String text, SourceRange range, List<Note> notes, boolean forced) {
    super(text, range, notes);
    this.forced = forced;
  }

  /** {@return whether the transition was forced with a leading {@code >}} */
  public boolean forced() {
    return forced;
  }

  @Override
  public ElementType type() {
    return ElementType.TRANSITION;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
