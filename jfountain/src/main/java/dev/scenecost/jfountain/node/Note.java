package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/**
 * A note {@code [[ ... ]]}. An inline note is attached to the element it sits in (see {@link
 * Element#notes()}); a note alone on its own lines is a body element of its own. The text is the
 * content between the brackets, trimmed, with line breaks kept. Budget annotations such as {@code
 * [[tier: hero]]} are notes.
 */
public final class Note extends Element {
  private final boolean inline;

  /**
   * Made by the parser.
   *
   * @param text the content between the brackets, trimmed
   * @param range where the note is in the source, brackets included
   * @param inline whether it sits inside another element
   */
  public Note(String text, SourceRange range, boolean inline) {
    super(text, range, List.of());
    this.inline = inline;
  }

  /** {@return true for a note inside another element, false for a note on its own line(s)} */
  public boolean inline() {
    return inline;
  }

  @Override
  public ElementType type() {
    return ElementType.NOTE;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
