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

  public String name() {
    return name;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The first extension, or null. */
  public String extension() {
    return extensions.isEmpty() ? null : extensions.get(0);
  }

  /** True for the second cue of a dual-dialogue pair (the one written with {@code ^}). */
  public boolean dual() {
    return dual;
  }

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
