package dev.scenecost.jfountain.internal;

/**
 * A stretch of source hidden from the block rules: a boneyard ({@code noteText == null}) or a note.
 * Offsets are into the source, {@code end} exclusive. The block pass fills in the lines the mask
 * touches.
 */
final class Mask {
  final int start;
  final int end;
  final String noteText;
  int firstLine = -1;
  int lastLine = -1;

  Mask(int start, int end, String noteText) {
    this.start = start;
    this.end = end;
    this.noteText = noteText;
  }

  boolean isNote() {
    return noteText != null;
  }
}
