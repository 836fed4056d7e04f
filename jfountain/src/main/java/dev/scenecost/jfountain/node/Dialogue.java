package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/**
 * The lines of one speech under a cue, joined by {@code \n}; a line of two spaces keeps an empty
 * line.
 */
public final class Dialogue extends Element {
  /**
   * Made by the parser.
   *
   * @param text the element's text
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   */
  public Dialogue(String text, SourceRange range, List<Note> notes) {
    super(text, range, notes);
  }

  @Override
  public ElementType type() {
    return ElementType.DIALOGUE;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
