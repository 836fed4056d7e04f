package dev.scenecost.jfountain.node;

/** The kinds of body element, with the names used in JSON output. */
public enum ElementType {
  /** A scene heading: {@link SceneHeading}. */
  SCENE_HEADING("scene_heading"),
  /** An action paragraph: {@link Action}. */
  ACTION("action"),
  /** A character cue: {@link CharacterCue}. */
  CHARACTER("character"),
  /** The lines of a speech: {@link Dialogue}. */
  DIALOGUE("dialogue"),
  /** A parenthetical under a cue: {@link Parenthetical}. */
  PARENTHETICAL("parenthetical"),
  /** A transition such as {@code CUT TO:}: {@link Transition}. */
  TRANSITION("transition"),
  /** Centered text: {@link Centered}. */
  CENTERED("centered"),
  /** Lyrics: {@link Lyrics}. */
  LYRICS("lyrics"),
  /** A section line: {@link SectionHeading}. */
  SECTION("section"),
  /** A synopsis: {@link Synopsis}. */
  SYNOPSIS("synopsis"),
  /** A note on its own lines: {@link Note}. */
  NOTE("note"),
  /** A page break: {@link PageBreak}. */
  PAGE_BREAK("page_break");

  private final String jsonName;

  ElementType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** {@return the name of this type in JSON output, such as {@code scene_heading}} */
  public String jsonName() {
    return jsonName;
  }
}
