package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/** A line of lyrics, written with a leading {@code ~} (removed from the text). */
public final class Lyrics extends Element {
  /**
   * Made by the parser.
   *
   * @param text the element's text
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   */
  public Lyrics(String text, SourceRange range, List<Note> notes) {
    super(text, range, notes);
  }

  @Override
  public ElementType type() {
    return ElementType.LYRICS;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
