package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.node.TextRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inline pass: splits an element's text into runs of {@code *italic*}, {@code **bold**}, {@code
 * ***bold italic***} and {@code _underline_}, nestable. Like Markdown, an opening marker must be
 * followed by a non-space and a closing one preceded by a non-space, so {@code *69 and *23} stays
 * plain; an underscore inside a word ({@code snake_case}) is a letter, not a marker. Emphasis never
 * crosses a line break. {@code \*}, {@code \_} and {@code \\} escape. Unmatched markers stay as
 * text. Linear time: each marker is pushed and popped at most once.
 */
public final class InlineParser {
  private static final int ITALIC = 0;
  private static final int BOLD = 1;
  private static final int BOLD_ITALIC = 2;
  private static final int UNDERLINE = 3;

  private final String text;
  private final RunCollector runs = new RunCollector();
  private int[] position = new int[16];
  private int[] length = new int[16];
  private int[] kind = new int[16];
  private boolean[] canOpen = new boolean[16];
  private boolean[] canClose = new boolean[16];
  private int[] partner = new int[16];
  private int count;
  private final int[][] openers = new int[4][8];
  private final int[] openerCount = new int[4];
  private int italic;
  private int bold;
  private int underline;

  private InlineParser(String text) {
    this.text = text;
  }

  public static List<TextRun> parse(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && text.indexOf('\\') < 0) {
      return List.of(TextRun.plain(text));
    }
    InlineParser parser = new InlineParser(text);
    int lineStart = 0;
    while (true) {
      int lineEnd = text.indexOf('\n', lineStart);
      parser.parseLine(lineStart, lineEnd < 0 ? text.length() : lineEnd);
      if (lineEnd < 0) {
        break;
      }
      parser.runs.append("\n", false, false, false);
      lineStart = lineEnd + 1;
    }
    return parser.runs.finish();
  }

  private void parseLine(int start, int end) {
    count = 0;
    Arrays.fill(openerCount, 0);
    findMarkers(start, end);
    matchMarkers();
    emit(start, end);
  }

  private void findMarkers(int start, int end) {
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < end && isEscapable(text.charAt(i + 1))) {
        i += 2;
      } else if (c == '*' || c == '_') {
        int run = i;
        while (run < end && text.charAt(run) == c) {
          run++;
        }
        int runLength = run - i;
        char before = i > start ? text.charAt(i - 1) : ' ';
        char after = run < end ? text.charAt(run) : ' ';
        boolean opens = !Chars.isSpace(after);
        boolean closes = !Chars.isSpace(before);
        if (c == '*' && runLength <= 3) {
          addMarker(i, runLength, runLength - 1, opens, closes);
        } else if (c == '_' && runLength == 1) {
          addMarker(
              i,
              1,
              UNDERLINE,
              opens && !Character.isLetterOrDigit(before),
              closes && !Character.isLetterOrDigit(after));
        }
        i = run;
      } else {
        i++;
      }
    }
  }

  private void addMarker(int at, int size, int type, boolean opens, boolean closes) {
    if (count == position.length) {
      int grown = count * 2;
      position = Arrays.copyOf(position, grown);
      length = Arrays.copyOf(length, grown);
      kind = Arrays.copyOf(kind, grown);
      canOpen = Arrays.copyOf(canOpen, grown);
      canClose = Arrays.copyOf(canClose, grown);
      partner = Arrays.copyOf(partner, grown);
    }
    position[count] = at;
    length[count] = size;
    kind[count] = type;
    canOpen[count] = opens;
    canClose[count] = closes;
    partner[count] = -1;
    count++;
  }

  private void matchMarkers() {
    for (int m = 0; m < count; m++) {
      int type = kind[m];
      if (canClose[m] && openerCount[type] > 0) {
        int opener = openers[type][--openerCount[type]];
        partner[opener] = m;
        partner[m] = opener;
        // Markers opened inside this pair and still open can no longer close: spans nest,
        // they never cross.
        for (int other = 0; other < 4; other++) {
          while (openerCount[other] > 0 && openers[other][openerCount[other] - 1] > opener) {
            openerCount[other]--;
          }
        }
      } else if (canOpen[m]) {
        if (openerCount[type] == openers[type].length) {
          openers[type] = Arrays.copyOf(openers[type], openerCount[type] * 2);
        }
        openers[type][openerCount[type]++] = m;
      }
    }
  }

  private void emit(int start, int end) {
    int i = start;
    for (int m = 0; m < count; m++) {
      appendText(i, position[m]);
      i = position[m] + length[m];
      if (partner[m] < 0) {
        appendText(position[m], i);
        continue;
      }
      int step = partner[m] > m ? 1 : -1;
      switch (kind[m]) {
        case ITALIC -> italic += step;
        case BOLD -> bold += step;
        case BOLD_ITALIC -> {
          italic += step;
          bold += step;
        }
        default -> underline += step;
      }
    }
    appendText(i, end);
  }

  private void appendText(int from, int to) {
    if (from >= to) {
      return;
    }
    boolean isBold = bold > 0;
    boolean isItalic = italic > 0;
    boolean isUnderline = underline > 0;
    int chunk = from;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\\' && i + 1 < to && isEscapable(text.charAt(i + 1))) {
        runs.append(text.substring(chunk, i), isBold, isItalic, isUnderline);
        chunk = i + 1;
        i++;
      }
    }
    runs.append(text.substring(chunk, to), isBold, isItalic, isUnderline);
  }

  private static boolean isEscapable(char c) {
    return c == '*' || c == '_' || c == '\\';
  }

  /** Joins adjacent pieces of the same style into one run. */
  private static final class RunCollector {
    private final List<TextRun> runs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean bold;
    private boolean italic;
    private boolean underline;

    void append(String piece, boolean isBold, boolean isItalic, boolean isUnderline) {
      if (piece.isEmpty()) {
        return;
      }
      if (current.length() > 0
          && (isBold != bold || isItalic != italic || isUnderline != underline)) {
        flush();
      }
      bold = isBold;
      italic = isItalic;
      underline = isUnderline;
      current.append(piece);
    }

    List<TextRun> finish() {
      flush();
      return List.copyOf(runs);
    }

    private void flush() {
      if (current.length() > 0) {
        runs.add(new TextRun(current.toString(), bold, italic, underline));
        current.setLength(0);
      }
    }
  }
}
