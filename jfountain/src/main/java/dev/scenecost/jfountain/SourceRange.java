package dev.scenecost.jfountain;

/** A half-open range of source text, {@code start} inclusive and {@code end} exclusive. */
public record SourceRange(SourcePosition start, SourcePosition end) {

  /**
   * {@return the range between two positions given as numbers}
   *
   * @param startLine the first line, from 0
   * @param startCharacter the start column, in UTF-16 units from 0
   * @param endLine the last line
   * @param endCharacter the end column, exclusive
   */
  public static SourceRange of(int startLine, int startCharacter, int endLine, int endCharacter) {
    return new SourceRange(
        new SourcePosition(startLine, startCharacter), new SourcePosition(endLine, endCharacter));
  }

  /**
   * True when {@code position} lies inside the range; the end position counts as inside too.
   *
   * @param position a position in the source
   * @return whether it is inside
   */
  public boolean contains(SourcePosition position) {
    return start.compareTo(position) <= 0 && position.compareTo(end) <= 0;
  }

  /**
   * {@return whether the range touches the line}
   *
   * @param line a line, from 0
   */
  public boolean containsLine(int line) {
    return start.line() <= line && line <= end.line();
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
