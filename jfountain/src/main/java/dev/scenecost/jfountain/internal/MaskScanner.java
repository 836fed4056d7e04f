package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds boneyards ({@code /* ... *}{@code /}) and notes ({@code [[ ... ]]}) in one left-to-right
 * pass, whichever opens first winning. A boneyard may span anything and an unclosed one runs to the
 * end of the file; a note never looks past a blank line (a line of exactly two spaces does not
 * count as blank), and an unclosed note stays visible as text. Both unclosed cases warn.
 */
final class MaskScanner {
  private final String source;
  private final SourceLines lines;
  private final List<ParseWarning> warnings;
  private final List<Mask> masks = new ArrayList<>();

  private MaskScanner(String source, SourceLines lines, List<ParseWarning> warnings) {
    this.source = source;
    this.lines = lines;
    this.warnings = warnings;
  }

  static List<Mask> scan(String source, SourceLines lines, List<ParseWarning> warnings) {
    MaskScanner scanner = new MaskScanner(source, lines, warnings);
    scanner.run();
    return scanner.masks;
  }

  private void run() {
    int length = source.length();
    // Every [[ before this offset is known to have no ]] before the next blank line; checking
    // them again would make a line of many [[ quadratic.
    int noCloseBefore = -1;
    int nextNote = indexOfPair('[', '[', 0);
    int nextBoneyard = indexOfPair('/', '*', 0);
    while (nextNote >= 0 || nextBoneyard >= 0) {
      int resumeAt;
      if (nextBoneyard >= 0 && (nextNote < 0 || nextBoneyard < nextNote)) {
        int close = indexOfPair('*', '/', nextBoneyard + 2);
        if (close < 0) {
          masks.add(new Mask(nextBoneyard, length, null));
          warnUnclosedBoneyard(nextBoneyard);
          return;
        }
        masks.add(new Mask(nextBoneyard, close + 2, null));
        resumeAt = close + 2;
      } else if (nextNote < noCloseBefore) {
        nextNote = indexOfPair('[', '[', noCloseBefore);
        continue;
      } else {
        int close = findNoteClose(nextNote + 2);
        if (close < 0) {
          noCloseBefore = -close - 1;
          warnUnclosedNote(nextNote);
          nextNote = indexOfPair('[', '[', nextNote + 2);
          continue;
        }
        masks.add(new Mask(nextNote, close + 2, noteText(nextNote + 2, close)));
        resumeAt = close + 2;
      }
      if (nextNote >= 0 && nextNote < resumeAt) {
        nextNote = indexOfPair('[', '[', resumeAt);
      }
      if (nextBoneyard >= 0 && nextBoneyard < resumeAt) {
        nextBoneyard = indexOfPair('/', '*', resumeAt);
      }
    }
  }

  /**
   * Where {@code first} followed by {@code second} starts, from {@code from}, or -1. Searching for
   * one char runs as a vector search and is several times faster than a two-char pattern.
   */
  private int indexOfPair(char first, char second, int from) {
    int length = source.length();
    for (int at = source.indexOf(first, from); at >= 0; at = source.indexOf(first, at + 1)) {
      if (at + 1 < length && source.charAt(at + 1) == second) {
        return at;
      }
    }
    return -1;
  }

  /** Offset of the closing {@code ]]}, or {@code -(stop + 1)} where the search gave up. */
  private int findNoteClose(int from) {
    int length = source.length();
    int j = from;
    while (j < length) {
      char c = source.charAt(j);
      if (c == ']') {
        if (j + 1 < length && source.charAt(j + 1) == ']') {
          return j;
        }
      } else if (c == '\n' || c == '\r') {
        int next = j + ((c == '\r' && j + 1 < length && source.charAt(j + 1) == '\n') ? 2 : 1);
        if (isBlankLineAt(next)) {
          return -(j + 1);
        }
        j = next;
        continue;
      }
      j++;
    }
    return -(length + 1);
  }

  private boolean isBlankLineAt(int lineStart) {
    int length = source.length();
    int e = lineStart;
    while (e < length && !Chars.isLineBreak(source.charAt(e))) {
      if (!Chars.isSpace(source.charAt(e))) {
        return false;
      }
      e++;
    }
    boolean twoSpaces =
        e - lineStart == 2
            && source.charAt(lineStart) == ' '
            && source.charAt(lineStart + 1) == ' ';
    return !twoSpaces;
  }

  /** The note's content trimmed line by line, line breaks kept as {@code \n}. */
  private String noteText(int from, int to) {
    StringBuilder text = new StringBuilder(to - from);
    int lineStart = from;
    for (int i = from; i <= to; i++) {
      char c = i < to ? source.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        int start = Chars.skipSpaces(source, lineStart, i);
        int end = Chars.trimEnd(source, start, i);
        if (lineStart > from) {
          text.append('\n');
        }
        text.append(source, start, end);
        if (c == '\r' && i + 1 < to && source.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    return Chars.trim(text.toString());
  }

  private void warnUnclosedBoneyard(int start) {
    SourceRange range = new SourceRange(lines.position(start), lines.position(source.length()));
    int line = range.start().line() + 1;
    warnings.add(
        new ParseWarning(
            ParseWarning.CODE_UNCLOSED_BONEYARD,
            "The boneyard opened with /* on line "
                + line
                + " is never closed, so everything after it is hidden from the script."
                + " Add */ where the cut material ends.",
            range));
  }

  private void warnUnclosedNote(int start) {
    SourceRange range = new SourceRange(lines.position(start), lines.position(start + 2));
    warnings.add(
        new ParseWarning(
            ParseWarning.CODE_UNCLOSED_NOTE,
            "The note opened with [[ on line "
                + (range.start().line() + 1)
                + " is not closed before the next blank line, so it is read as script text."
                + " Add ]] where the note ends (inside a note, a line of two spaces keeps an"
                + " empty line).",
            range));
  }
}
