package dev.scenecost.jfountain;

/**
 * A position in the source text: 0-based line and 0-based column counted in UTF-16 code units,
 * exactly as the Language Server Protocol counts them. Line breaks are CRLF, LF or a lone CR.
 */
public record SourcePosition(int line, int character) implements Comparable<SourcePosition> {

  @Override
  public int compareTo(SourcePosition other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(character, other.character);
  }

  @Override
  public String toString() {
    return line + ":" + character;
  }
}
