package dev.scenecost.jfountain.node;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/**
 * A scene heading such as {@code INT. KITCHEN - NIGHT #12A#}. {@link #text()} is the heading
 * without a forcing {@code .} and without the scene number.
 */
public final class SceneHeading extends Element {
  private final boolean forced;
  private final String sceneNumber;
  private final String prefix;
  private final String location;
  private final String timeOfDay;

  /**
   * Made by the parser.
   *
   * @param text the heading without a forcing {@code .} and the scene number
   * @param range where it is in the source
   * @param notes the inline notes written inside it
   * @param forced whether it was forced with a leading {@code .}
   * @param sceneNumber the number between {@code #} marks, or null
   * @param prefix {@code INT.}, {@code EXT}, {@code I/E} ... as written, or null when forced
   *     without one
   * @param location the text between the prefix and the last {@code " - "}, trimmed
   * @param timeOfDay the text after the last {@code " - "}, trimmed, or null
   */
  public SceneHeading(
      String text,
      SourceRange range,
      List<Note> notes,
      boolean forced,
      String sceneNumber,
      String prefix,
      String location,
      String timeOfDay) {
    super(text, range, notes);
    this.forced = forced;
    this.sceneNumber = sceneNumber;
    this.prefix = prefix;
    this.location = location;
    this.timeOfDay = timeOfDay;
  }

  /** {@return whether the heading was forced with a leading {@code .}} */
  public boolean forced() {
    return forced;
  }

  /** {@return the scene number written between {@code #} marks, or null} */
  public String sceneNumber() {
    return sceneNumber;
  }

  /** {@return the prefix as written ({@code INT.}, {@code EXT}, {@code I/E} ...), or null} */
  public String prefix() {
    return prefix;
  }

  /** {@return the location: the text between the prefix and the last {@code " - "}} */
  public String location() {
    return location;
  }

  /** {@return the time of day after the last {@code " - "}, or null} */
  public String timeOfDay() {
    return timeOfDay;
  }

  @Override
  public ElementType type() {
    return ElementType.SCENE_HEADING;
  }

  @Override
  public void accept(Visitor visitor) {
    visitor.visit(this);
  }
}
