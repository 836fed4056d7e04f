package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Note;
import java.util.List;

/** Source ranges of elements: their visible text widened to cover their inline notes. */
final class Ranges {
  private Ranges() {}

  static SourceRange ofLine(Line line, int from, int to) {
    return widen(line.at(from), line.endAt(to), line.notes);
  }

  static SourceRange widen(SourcePosition start, SourcePosition end, List<Note> notes) {
    if (notes != null) {
      for (Note note : notes) {
        if (note.range().start().compareTo(start) < 0) {
          start = note.range().start();
        }
        if (note.range().end().compareTo(end) > 0) {
          end = note.range().end();
        }
      }
    }
    return new SourceRange(start, end);
  }

  static List<Note> notes(Line line) {
    return line.notes == null ? List.of() : line.notes;
  }
}
