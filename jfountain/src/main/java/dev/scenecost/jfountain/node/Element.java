package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.internal.InlineParser;
import java.util.List;

/**
 * A block element of the screenplay body. Its {@link #text()} is the element's text without the
 * characters that force its type ({@code . ! @ > ~ < ^}, the scene number) and without inline notes
 * and boneyard; emphasis markers stay. Its {@link #range()} covers the whole element in the source,
 * forcing characters included.
 */
public abstract class Element {
  private final String text;
  private final SourceRange range;
  private final List<Note> notes;
  private List<TextRun> inlines;

  /**
   * For the element classes.
   *
   * @param text the element's text
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   */
  protected Element(String text, SourceRange range, List<Note> notes) {
    this.text = text;
    this.range = range;
    this.notes = List.copyOf(notes);
  }

  /** {@return which kind of element this is} */
  public abstract ElementType type();

  /**
   * Calls the visitor's {@code visit} method for this kind of element.
   *
   * @param visitor the visitor
   */
  public abstract void accept(Visitor visitor);

  /** {@return the element's text, as described for the class} */
  public final String text() {
    return text;
  }

  /** {@return where the element is in the source, forcing characters included} */
  public final SourceRange range() {
    return range;
  }

  /** {@return inline notes written inside this element, in source order} */
  public final List<Note> notes() {
    return notes;
  }

  /**
   * {@return the text split into runs of uniform emphasis (the inline pass), computed on first use}
   */
  public final List<TextRun> inlines() {
    List<TextRun> result = inlines;
    if (result == null) {
      result = InlineParser.parse(text);
      inlines = result;
    }
    return result;
  }

  @Override
  public String toString() {
    return type().jsonName() + " " + range + " " + text;
  }
}
