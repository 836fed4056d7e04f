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

  public boolean forced() {
    return forced;
  }

  public String sceneNumber() {
    return sceneNumber;
  }

  public String prefix() {
    return prefix;
  }

  public String location() {
    return location;
  }

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
