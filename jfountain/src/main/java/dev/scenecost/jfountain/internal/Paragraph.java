package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Note;
import java.util.ArrayList;
import java.util.List;

/** Lines gathered into one action or dialogue element: text joined by {@code \n}, range, notes. */
final class Paragraph {
  /** The text while it is one line (most paragraphs), so it needs no copy. */
  private String firstLine;

  private StringBuilder text;
  private final boolean forced;
  private SourcePosition start;
  private Line lastLine;
  private int lastIndex;
  private List<Note> notes;
  private int lineCount;

  Paragraph(boolean forced) {
    this.forced = forced;
  }

  boolean forced() {
    return forced;
  }

  /** Adds the part {@code [from, to)} of a line; {@code piece} is what the text gets from it. */
  void add(Line line, int from, int to, CharSequence piece) {
    if (lineCount++ == 0) {
      firstLine = piece.toString();
    } else {
      if (text == null) {
        text = new StringBuilder(firstLine.length() * 2 + piece.length() + 1).append(firstLine);
      }
      text.append('\n').append(piece);
    }
    if (start == null) {
      start = line.at(from);
    }
    lastLine = line;
    lastIndex = to;
    if (line.notes != null) {
      if (notes == null) {
        notes = new ArrayList<>(2);
      }
      notes.addAll(line.notes);
    }
  }

  /** A line of exactly two spaces: an empty line inside the element. */
  void addEmptyLine(Line line) {
    add(line, line.begin, line.begin + 2, "");
  }

  String text() {
    return text == null ? firstLine : text.toString();
  }

  SourceRange range() {
    return Ranges.widen(start, lastLine.endAt(lastIndex), notes);
  }

  List<Note> notes() {
    return notes == null ? List.of() : notes;
  }
}
