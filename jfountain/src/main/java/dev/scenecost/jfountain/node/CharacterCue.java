package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/**
 * A character cue that opens a speech. {@link #text()} is the cue as written without {@code @} and
 * {@code ^} ({@code STEEL (V.O.)}); {@link #name()} is the name alone ({@code STEEL}); {@link
 * #extensions()} the parenthesised extensions without parentheses ({@code V.O.}).
 */
public final class CharacterCue extends Element {
  private final String name;
  private final List<String> extensions;
  private final boolean dual;
  private final boolean forced;

  /**
   * Made by the parser.
   *
   * @param text the element's text
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   * @param name the character's name alone
   * @param extensions the parenthesised extensions, without parentheses
   * @param dual whether it is the second cue of a dual-dialogue pair
   * @param forced whether it was forced with a leading {@code @}
   */
  public CharacterCue(
      String text,
      SourceRange range,
      List<Note> notes,
      String name,
      List<String> extensions,
      boolean dual,
      boolean forced) {
    super(text, range, notes);
    this.name = name;
    this.extensions = List.copyOf(extensions);
    this.dual = dual;
    this.forced = forced;
  }

  /** {@return the character's name alone, such as {@code STEEL}} */
  public String name() {
    return name;
  }

  /** {@return the extensions without parentheses, such as {@code V.O.}, in order} */
  public List<String> extensions() {
    return extensions;
  }

  /** {@return the first extension, or null} */
  public String extension() {
    return extensions.isEmpty() ? null : extensions.get(0);
  }

  /** {@return true for the second cue of a dual-dialogue pair (the one written with {@code ^})} */
  public boolean dual() {
    return dual;
  }

  /** {@return whether the cue was forced with a leading {@code @}} */
  public boolean forced() {
    return forced;
  }

  @Override
  public ElementType type() {
    return ElementType.CHARACTER;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
