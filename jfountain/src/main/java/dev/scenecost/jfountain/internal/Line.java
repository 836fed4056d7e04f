package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.node.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * One source line as the block rules see it: boneyards and notes taken out, with a map back to
 * source columns when something was taken out.
 */
final class Line {
  enum Kind {
    /** Nothing but spaces, or nothing at all. */
    BLANK,
    /** Only a boneyard or note lived here: the line is invisible to the block rules. */
    TRANSPARENT,
    CONTENT
  }

  final int number;

  /**
   * Holds the line's characters between {@link #begin} and {@link #end}: the whole source for a
   * line with nothing cut out (no copy), or a string built for this line alone.
   */
  final String text;

  final int begin;
  final int end;

  /** Source column of each char of a built {@link #text}, or null: column = index - base. */
  private final int[] columns;

  private final int columnBase;

  /** Source column just after the line's content, for positions past a built text. */
  private final int sourceLength;

  final Kind kind;

  /** True when a boneyard or note was cut out of this line. */
  final boolean masked;

  /** Bounds of the text without leading and trailing spaces, as indexes into {@link #text}. */
  final int contentStart;

  final int contentEnd;

  /** Exactly two spaces: an empty line that does not end dialogue or action. */
  final boolean twoSpaces;

  /** Inline notes anchored on this line, or null. */
  List<Note> notes;

  /** A line read straight from the source; columns are offsets from {@code columnBase}. */
  Line(int number, String source, int begin, int end, int columnBase) {
    this(number, source, begin, end, null, columnBase, end - columnBase, false);
  }

  /** A line with masks cut out: {@code columns} maps each char of {@code text} to its column. */
  Line(int number, String text, int[] columns, int sourceLength) {
    this(number, text, 0, text.length(), columns, 0, sourceLength, true);
  }

  private Line(
      int number,
      String text,
      int begin,
      int end,
      int[] columns,
      int columnBase,
      int sourceLength,
      boolean masked) {
    this.number = number;
    this.text = text;
    this.begin = begin;
    this.end = end;
    this.columns = columns;
    this.columnBase = columnBase;
    this.sourceLength = sourceLength;
    this.masked = masked;
    this.contentStart = Chars.skipSpaces(text, begin, end);
    this.contentEnd = Chars.trimEnd(text, contentStart, end);
    boolean blank = contentStart == end;
    this.twoSpaces =
        !masked && end - begin == 2 && text.charAt(begin) == ' ' && text.charAt(begin + 1) == ' ';
    this.kind = !blank ? Kind.CONTENT : masked ? Kind.TRANSPARENT : Kind.BLANK;
  }

  boolean isContent() {
    return kind == Kind.CONTENT;
  }

  char first() {
    return text.charAt(contentStart);
  }

  char last() {
    return text.charAt(contentEnd - 1);
  }

  String trimmed() {
    return text.substring(contentStart, contentEnd);
  }

  /** Source column of the char at {@code index} of {@link #text}. */
  int column(int index) {
    if (columns == null) {
      return index - columnBase;
    }
    return index < end ? columns[index] : sourceLength;
  }

  /** Source column just after the char before {@code index}, for exclusive range ends. */
  int endColumn(int index) {
    if (index == begin) {
      return column(begin);
    }
    return column(index - 1) + 1;
  }

  SourcePosition at(int index) {
    return new SourcePosition(number, column(index));
  }

  SourcePosition endAt(int index) {
    return new SourcePosition(number, endColumn(index));
  }

  void addNote(Note note) {
    if (notes == null) {
      notes = new ArrayList<>(2);
    }
    notes.add(note);
  }
}
