package dev.scenecost.jfountain.node;

/** Visits body elements; override only the kinds you need. */
public interface Visitor {
  /**
   * Called for a scene heading; does nothing unless overridden.
   *
   * @param element the scene heading
   */
  default void visit(SceneHeading element) {}

  /**
   * Called for an action paragraph; does nothing unless overridden.
   *
   * @param element the an action paragraph
   */
  default void visit(Action element) {}

  /**
   * Called for a character cue; does nothing unless overridden.
   *
   * @param element the character cue
   */
  default void visit(CharacterCue element) {}

  /**
   * Called for a speech; does nothing unless overridden.
   *
   * @param element the speech
   */
  default void visit(Dialogue element) {}

  /**
   * Called for a parenthetical; does nothing unless overridden.
   *
   * @param element the parenthetical
   */
  default void visit(Parenthetical element) {}

  /**
   * Called for a transition; does nothing unless overridden.
   *
   * @param element the transition
   */
  default void visit(Transition element) {}

  /**
   * Called for centered text; does nothing unless overridden.
   *
   * @param element the centered text
   */
  default void visit(Centered element) {}

  /**
   * Called for lyrics; does nothing unless overridden.
   *
   * @param element the lyrics
   */
  default void visit(Lyrics element) {}

  /**
   * Called for a section line; does nothing unless overridden.
   *
   * @param element the section line
   */
  default void visit(SectionHeading element) {}

  /**
   * Called for a synopsis; does nothing unless overridden.
   *
   * @param element the synopsis
   */
  default void visit(Synopsis element) {}

  /**
   * Called for a note on its own lines; does nothing unless overridden.
   *
   * @param element the note on its own lines
   */
  default void visit(Note element) {}

  /**
   * Called for a page break; does nothing unless overridden.
   *
   * @param element the page break
   */
  default void visit(PageBreak element) {}
}
