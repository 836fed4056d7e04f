package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides for every note whether it stands on its own lines (a body element of its own) or sits
 * inside another element's line (attached to that line, and so to the element built from it).
 */
final class NoteAttacher {
  private NoteAttacher() {}

  /** Anchors inline notes on their lines and returns the own-line notes in source order. */
  static List<Note> attach(List<Mask> masks, Line[] lines, SourceLines sourceLines) {
    List<Note> ownLine = new ArrayList<>();
    for (Mask mask : masks) {
      if (!mask.isNote() || mask.firstLine < 0) {
        continue;
      }
      SourceRange range =
          new SourceRange(sourceLines.position(mask.start), sourceLines.position(mask.end));
      Line anchor = null;
      for (int i = mask.firstLine; i <= mask.lastLine; i++) {
        if (lines[i].isContent()) {
          anchor = lines[i];
          break;
        }
      }
      if (anchor == null) {
        ownLine.add(new Note(mask.noteText, range, false));
      } else {
        anchor.addNote(new Note(mask.noteText, range, true));
      }
    }
    return ownLine;
  }
}
