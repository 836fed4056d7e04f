package dev.scenecost.lsp.document;

import dev.scenecost.jfountain.LineChange;
import dev.scenecost.jfountain.TextLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable text with its line starts, to turn LSP positions (0-based line, UTF-16 column) into
 * offsets and back. Line breaks are CRLF, LF or a lone CR, exactly as the parser counts them.
 *
 * <p>The text is kept as blocks of whole lines (a few kilobytes each) with the line starts of each
 * block, so an {@link #edit} rebuilds only the block or two it touches and copies the small tables
 * of block offsets: a keystroke costs the same on a 2 MB screenplay as on a short one, where
 * copying the whole text and finding every line again cost milliseconds. Versions share their
 * unchanged blocks. The text as one string is built when first asked for ({@link #text}, once per
 * analysis) and kept.
 */
public final class LineIndex implements TextLines {
  /** Blocks are cut at the first line break after this many characters. */
  private static final int BLOCK = 4096;

  /** Every block but the last ends with a line break; the last holds the last line, no break. */
  private final String[] blocks;

  /** For each block, the starts of its lines counted from the block's start; the first is 0. */
  private final int[][] starts;

  /** For each block, its offset in the text; one more entry holds the text's length. */
  private final int[] offsets;

  /** For each block, the number of its first line; one more entry holds the line count. */
  private final int[] firstLines;

  private volatile String text;

  public LineIndex(String text) {
    this(split(text, true), text);
  }

  private LineIndex(List<String> blocks, String text) {
    int count = blocks.size();
    this.blocks = blocks.toArray(new String[0]);
    this.starts = new int[count][];
    this.offsets = new int[count + 1];
    this.firstLines = new int[count + 1];
    for (int b = 0; b < count; b++) {
      starts[b] = lineStarts(this.blocks[b], b == count - 1);
      offsets[b + 1] = offsets[b] + this.blocks[b].length();
      firstLines[b + 1] = firstLines[b] + starts[b].length;
    }
    this.text = text;
  }

  private LineIndex(String[] blocks, int[][] starts) {
    this.blocks = blocks;
    this.starts = starts;
    this.offsets = new int[blocks.length + 1];
    this.firstLines = new int[blocks.length + 1];
    for (int b = 0; b < blocks.length; b++) {
      offsets[b + 1] = offsets[b] + blocks[b].length();
      firstLines[b + 1] = firstLines[b] + starts[b].length;
    }
  }

  /**
   * The text with the characters between two offsets replaced. Only the blocks holding the replaced
   * range (and a neighbour where a line break now spans two blocks) are rebuilt.
   */
  public LineIndex edit(int start, int end, String replacement) {
    int length = length();
    start = Math.max(0, Math.min(start, length));
    end = Math.max(start, Math.min(end, length));
    // The blocks holding the range, one character either side so that a CR LF pair that the edit
    // joins or splits is seen whole.
    int first = blockOf(Math.max(0, start - 1));
    int last = blockOf(Math.min(length, end));
    StringBuilder region = new StringBuilder();
    for (int b = first; b <= last; b++) {
      region.append(blocks[b]);
    }
    int regionStart = offsets[first];
    region.replace(start - regionStart, end - regionStart, replacement == null ? "" : replacement);
    // The region must end where a block may end: after a line break that is not the CR of a CR
    // LF, and not so short that edits would leave many small blocks; else take the next block in.
    while (last + 1 < blocks.length && !endsABlock(region, blocks[last + 1])) {
      region.append(blocks[++last]);
    }
    List<String> rebuilt = split(region, last == blocks.length - 1);
    int count = blocks.length - (last - first + 1) + rebuilt.size();
    String[] newBlocks = new String[count];
    int[][] newStarts = new int[count][];
    System.arraycopy(blocks, 0, newBlocks, 0, first);
    System.arraycopy(starts, 0, newStarts, 0, first);
    for (int i = 0; i < rebuilt.size(); i++) {
      newBlocks[first + i] = rebuilt.get(i);
      newStarts[first + i] = lineStarts(rebuilt.get(i), first + i == count - 1);
    }
    int after = blocks.length - last - 1;
    System.arraycopy(blocks, last + 1, newBlocks, first + rebuilt.size(), after);
    System.arraycopy(starts, last + 1, newStarts, first + rebuilt.size(), after);
    return new LineIndex(newBlocks, newStarts);
  }

  private static boolean endsABlock(CharSequence region, String next) {
    int n = region.length();
    if (n < BLOCK / 4) {
      return false;
    }
    char c = region.charAt(n - 1);
    return c == '\n' || (c == '\r' && !next.startsWith("\n"));
  }

  @Override
  public int lineCount() {
    return firstLines[blocks.length];
  }

  /** The text of lines {@code from} to {@code to - 1}, with their line breaks. */
  @Override
  public String lines(int from, int to) {
    if (from == 0 && to >= lineCount()) {
      return text();
    }
    int start = from >= lineCount() ? length() : lineStart(from);
    int end = to >= lineCount() ? length() : lineStart(to);
    if (start >= end) {
      return "";
    }
    int first = blockOf(start);
    int last = blockOf(end - 1);
    if (first == last) {
      return blocks[first].substring(start - offsets[first], end - offsets[first]);
    }
    StringBuilder text = new StringBuilder(end - start);
    text.append(blocks[first], start - offsets[first], blocks[first].length());
    for (int b = first + 1; b < last; b++) {
      text.append(blocks[b]);
    }
    return text.append(blocks[last], 0, end - offsets[last]).toString();
  }

  /**
   * Which lines differ from an earlier version of this text, found without reading the text:
   * versions share the blocks an edit did not touch, so the blocks that are not the same objects
   * hold every change, however many edits came between. Only those blocks are compared line by
   * line, to narrow the change to the lines that really differ.
   */
  public LineChange changeSince(LineIndex earlier) {
    String[] before = earlier.blocks;
    int prefix = 0;
    while (prefix < before.length && prefix < blocks.length && before[prefix] == blocks[prefix]) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < before.length - prefix
        && suffix < blocks.length - prefix
        && before[before.length - 1 - suffix] == blocks[blocks.length - 1 - suffix]) {
      suffix++;
    }
    int firstLine = firstLines[prefix];
    if (prefix == before.length && prefix == blocks.length) {
      return new LineChange(firstLine, firstLine, firstLine);
    }
    // The last block is in the changed run exactly when no block after it is shared.
    String oldRun = String.join("", Arrays.asList(before).subList(prefix, before.length - suffix));
    String newRun = String.join("", Arrays.asList(blocks).subList(prefix, blocks.length - suffix));
    int[] oldStarts = lineStarts(oldRun, suffix == 0);
    int[] newStarts = lineStarts(newRun, suffix == 0);
    // A run of whole blocks that is empty holds no line (one edit never leaves one, but every pair
    // of versions must work); the empty last line of a text is a block of its own, in a run with
    // suffix 0.
    int oldLines = oldRun.isEmpty() && suffix > 0 ? 0 : oldStarts.length;
    int newLines = newRun.isEmpty() && suffix > 0 ? 0 : newStarts.length;
    int same = 0;
    while (same < oldLines
        && same < newLines
        && sameLine(oldRun, oldStarts, same, newRun, newStarts, same)) {
      same++;
    }
    int sameAfter = 0;
    while (sameAfter < oldLines - same
        && sameAfter < newLines - same
        && sameLine(
            oldRun,
            oldStarts,
            oldLines - 1 - sameAfter,
            newRun,
            newStarts,
            newLines - 1 - sameAfter)) {
      sameAfter++;
    }
    return new LineChange(
        firstLine + same, firstLine + oldLines - sameAfter, firstLine + newLines - sameAfter);
  }

  /** Whether two lines are the same, line breaks included. */
  private static boolean sameLine(
      String a, int[] startsA, int lineA, String b, int[] startsB, int lineB) {
    int startA = startsA[lineA];
    int endA = lineA + 1 < startsA.length ? startsA[lineA + 1] : a.length();
    int startB = startsB[lineB];
    int endB = lineB + 1 < startsB.length ? startsB[lineB + 1] : b.length();
    return endA - startA == endB - startB && a.regionMatches(startA, b, startB, endA - startA);
  }

  /** The length of the text in UTF-16 code units. */
  public int length() {
    return offsets[blocks.length];
  }

  /** The whole text, built from the blocks the first time it is asked for. */
  public String text() {
    String result = text;
    if (result == null) {
      result = String.join("", blocks); // sized once, copied once
      text = result;
    }
    return result;
  }

  /** Offset of a position, clamped into the text: a position past the end maps to the end. */
  public int offset(int line, int character) {
    if (line < 0) {
      return 0;
    }
    if (line >= lineCount()) {
      return length();
    }
    return lineStart(line) + Math.max(0, Math.min(character, lineLength(line)));
  }

  /** Length of a line without its line break; 0 for a line outside the text. */
  public int lineLength(int line) {
    if (line < 0 || line >= lineCount()) {
      return 0;
    }
    int b = blockOfLine(line);
    int local = line - firstLines[b];
    String block = blocks[b];
    int start = starts[b][local];
    int end = local + 1 < starts[b].length ? starts[b][local + 1] : block.length();
    while (end > start && isBreak(block.charAt(end - 1))) {
      end--;
    }
    return end - start;
  }

  /** The text of a line without its line break; empty for a line outside the text. */
  public String line(int line) {
    if (line < 0 || line >= lineCount()) {
      return "";
    }
    int b = blockOfLine(line);
    int start = starts[b][line - firstLines[b]];
    return blocks[b].substring(start, start + lineLength(line));
  }

  /** The line an offset falls on. */
  public int lineOf(int offset) {
    int clamped = Math.max(0, Math.min(offset, length()));
    int b = blockOf(clamped);
    int found = Arrays.binarySearch(starts[b], clamped - offsets[b]);
    return firstLines[b] + (found >= 0 ? found : -found - 2);
  }

  public int characterOf(int offset) {
    int clamped = Math.max(0, Math.min(offset, length()));
    return clamped - lineStart(lineOf(clamped));
  }

  /** True when the position names an existing line and a column within it (or at its end). */
  public boolean isInside(int line, int character) {
    return line >= 0 && line < lineCount() && character >= 0 && character <= lineLength(line);
  }

  private int lineStart(int line) {
    int b = blockOfLine(line);
    return offsets[b] + starts[b][line - firstLines[b]];
  }

  /** The block holding an offset; the end of the text is in the last block. */
  private int blockOf(int offset) {
    int found = Arrays.binarySearch(offsets, 0, blocks.length, offset);
    // Only the last block can be empty, so the offsets searched are distinct.
    return found >= 0 ? found : -found - 2;
  }

  private int blockOfLine(int line) {
    int found = Arrays.binarySearch(firstLines, 0, blocks.length, line);
    // Every block holds at least one line, so the first lines searched are distinct.
    return found >= 0 ? found : -found - 2;
  }

  /**
   * Cuts text into blocks of whole lines, each ending after the first line break past {@link
   * #BLOCK} characters.
   *
   * @param atEnd the text runs to the end of the document: its last line (possibly empty) becomes
   *     the last block; otherwise the text ends with a line break and has no last line of its own
   */
  private static List<String> split(CharSequence text, boolean atEnd) {
    List<String> blocks = new ArrayList<>(text.length() / BLOCK + 2);
    int blockStart = 0;
    int lineStart = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
        if (lineStart - blockStart >= BLOCK) {
          blocks.add(text.subSequence(blockStart, lineStart).toString());
          blockStart = lineStart;
        }
      }
    }
    if (lineStart > blockStart) {
      blocks.add(text.subSequence(blockStart, lineStart).toString());
    }
    if (atEnd) {
      blocks.add(text.subSequence(lineStart, n).toString());
    }
    return blocks;
  }

  /**
   * The starts of the lines of a block. A block that is not the last ends with a line break, after
   * which no line of its own starts.
   */
  private static int[] lineStarts(String block, boolean last) {
    int[] result = new int[16];
    int count = 1;
    int n = block.length();
    for (int i = 0; i < n; i++) {
      char c = block.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && block.charAt(i + 1) == '\n') {
          i++;
        }
        if (i + 1 < n || last) {
          if (count == result.length) {
            result = Arrays.copyOf(result, count * 2);
          }
          result[count++] = i + 1;
        }
      }
    }
    return Arrays.copyOf(result, count);
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
