package dev.scenecost.jfountain;

/** A half-open range of source text, {@code start} inclusive and {@code end} exclusive. */
public record SourceRange(SourcePosition start, SourcePosition end) {

  public static SourceRange of(int startLine, int startCharacter, int endLine, int endCharacter) {
    return new SourceRange(
        new SourcePosition(startLine, startCharacter), new SourcePosition(endLine, endCharacter));
  }

  /** True when {@code position} lies inside the range; the end position counts as inside too. */
  public boolean contains(SourcePosition position) {
    return start.compareTo(position) <= 0 && position.compareTo(end) <= 0;
  }

  public boolean containsLine(int line) {
    return start.line() <= line && line <= end.line();
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
