package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/**
 * An action paragraph: lines joined by {@code \n}, leading indentation kept (a tab counts as four
 * spaces). Forced with a leading {@code !}, which is not part of the text.
 */
public final class Action extends Element {
  private final boolean forced;

  /**
   * Made by the parser.
   *
   * @param text the element's text
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   * @param forced whether it was forced with a leading {@code !}
   */
  public Action(String text, SourceRange range, List<Note> notes, boolean forced) {
    super(text, range, notes);
    this.forced = forced;
  }

  /** {@return whether the action was forced with a leading {@code !}} */
  public boolean forced() {
    return forced;
  }

  @Override
  public ElementType type() {
    return ElementType.ACTION;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
