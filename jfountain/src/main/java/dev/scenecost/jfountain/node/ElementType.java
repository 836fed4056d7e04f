package dev.scenecost.jfountain.node;

/** The kinds of body element, with the names used in JSON output. */
public enum ElementType {
  SCENE_HEADING("scene_heading"),
  ACTION("action"),
  CHARACTER("character"),
  DIALOGUE("dialogue"),
  PARENTHETICAL("parenthetical"),
  TRANSITION("transition"),
  CENTERED("centered"),
  LYRICS("lyrics"),
  SECTION("section"),
  SYNOPSIS("synopsis"),
  NOTE("note"),
  PAGE_BREAK("page_break");

  private final String jsonName;

  ElementType(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
