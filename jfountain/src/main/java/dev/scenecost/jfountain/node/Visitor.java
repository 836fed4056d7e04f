package dev.scenecost.jfountain.node;

/** Visits body elements; override only the kinds you need. */
public interface Visitor {
  default void visit(SceneHeading element) {}

  default void visit(Action element) {}

  default void visit(CharacterCue element) {}

  default void visit(Dialogue element) {}

  default void visit(Parenthetical element) {}

  default void visit(Transition element) {}

  default void visit(Centered element) {}

  default void visit(Lyrics element) {}

  default void visit(SectionHeading element) {}

  default void visit(Synopsis element) {}

  default void visit(Note element) {}

  default void visit(PageBreak element) {}
}
