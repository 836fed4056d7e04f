package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.TitleEntry;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.ElementType;
import dev.scenecost.jfountain.node.Note;
import dev.scenecost.jfountain.node.SceneHeading;
import dev.scenecost.jfountain.node.Transition;
import dev.scenecost.lsp.document.LineIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Colours every element as the parser read it, so an all-caps line followed by a blank line shows
 * as action, not as a character. Each source character is painted with the innermost thing it
 * belongs to (element, then inline note, then boneyard) and runs of one colour become tokens, so
 * tokens never overlap and never span lines.
 */
final class SemanticTokensProvider {
  /** One token type per element type, then what is not an element. */
  static final List<String> TOKEN_TYPES =
      List.of(
          "sceneHeading",
          "action",
          "character",
          "dialogue",
          "parenthetical",
          "transition",
          "centered",
          "lyrics",
          "section",
          "synopsis",
          "note",
          "pageBreak",
          "boneyard",
          "titleKey",
          "titleValue");

  static final List<String> TOKEN_MODIFIERS = List.of("forced", "budget");
  private static final int FORCED = 1;
  private static final int BUDGET = 2;
  private static final int BONEYARD = TOKEN_TYPES.indexOf("boneyard");
  private static final int TITLE_KEY = TOKEN_TYPES.indexOf("titleKey");
  private static final int TITLE_VALUE = TOKEN_TYPES.indexOf("titleValue");
  private static final int NONE = -1;

  private final Map<String, Previous> previousByUri = new ConcurrentHashMap<>();
  private final AtomicLong resultIds = new AtomicLong();

  private record Previous(String resultId, int[] data) {}

  static SemanticTokensLegend legend() {
    return new SemanticTokensLegend(TOKEN_TYPES, TOKEN_MODIFIERS);
  }

  SemanticTokens full(Analysis analysis, CancelChecker cancel) {
    int[] data = encode(analysis, cancel);
    String resultId = remember(analysis.uri(), data);
    return new SemanticTokens(resultId, toList(data));
  }

  Either<SemanticTokens, SemanticTokensDelta> delta(
      Analysis analysis, String previousResultId, CancelChecker cancel) {
    Previous previous = previousByUri.get(analysis.uri());
    int[] data = encode(analysis, cancel);
    String resultId = remember(analysis.uri(), data);
    if (previous == null || !previous.resultId().equals(previousResultId)) {
      return Either.forLeft(new SemanticTokens(resultId, toList(data)));
    }
    return Either.forRight(new SemanticTokensDelta(List.of(diff(previous.data(), data)), resultId));
  }

  void forget(String uri) {
    previousByUri.remove(uri);
  }

  /** One edit replacing what lies between the common prefix and the common suffix. */
  static SemanticTokensEdit diff(int[] before, int[] after) {
    int prefix = 0;
    int shorter = Math.min(before.length, after.length);
    while (prefix < shorter && before[prefix] == after[prefix]) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < shorter - prefix
        && before[before.length - 1 - suffix] == after[after.length - 1 - suffix]) {
      suffix++;
    }
    int[] inserted = Arrays.copyOfRange(after, prefix, after.length - suffix);
    return new SemanticTokensEdit(prefix, before.length - suffix - prefix, toList(inserted));
  }

  private String remember(String uri, int[] data) {
    String resultId = Long.toString(resultIds.incrementAndGet());
    previousByUri.put(uri, new Previous(resultId, data));
    return resultId;
  }

  int[] encode(Analysis analysis, CancelChecker cancel) {
    LineIndex lines = analysis.document().lines();
    Screenplay screenplay = analysis.screenplay();
    int[][] paint = new int[lines.lineCount()][];
    for (TitleEntry entry : screenplay.titlePage()) {
      paintTitleEntry(paint, lines, entry);
    }
    for (Element element : screenplay.elements()) {
      paint(
          paint,
          lines,
          element.range(),
          TOKEN_TYPES.indexOf(tokenType(element)),
          modifiers(element));
      for (Note note : element.notes()) {
        paint(paint, lines, note.range(), TOKEN_TYPES.indexOf("note"), modifiers(note));
      }
    }
    cancel.checkCanceled();
    for (SourceRange boneyard : screenplay.boneyards()) {
      paint(paint, lines, boneyard, BONEYARD, 0);
    }
    return runs(paint);
  }

  private static String tokenType(Element element) {
    ElementType type = element.type();
    String name = type.jsonName();
    int underscore = name.indexOf('_');
    return underscore < 0
        ? name
        : name.substring(0, underscore)
            + Character.toUpperCase(name.charAt(underscore + 1))
            + name.substring(underscore + 2);
  }

  private static int modifiers(Element element) {
    boolean forced =
        (element instanceof SceneHeading heading && heading.forced())
            || (element instanceof CharacterCue cue && cue.forced())
            || (element instanceof Action action && action.forced())
            || (element instanceof Transition transition && transition.forced());
    int result = forced ? FORCED : 0;
    if (element instanceof Note note && BudgetNotes.isBudgetNote(note.text())) {
      result |= BUDGET;
    }
    return result;
  }

  private static void paintTitleEntry(int[][] paint, LineIndex lines, TitleEntry entry) {
    SourceRange range = entry.range();
    paint(paint, lines, range, TITLE_VALUE, 0);
    int line = range.start().line();
    int colon = lines.line(line).indexOf(':', range.start().character());
    if (colon >= 0) {
      paint(
          paint,
          lines,
          SourceRange.of(line, range.start().character(), line, colon + 1),
          TITLE_KEY,
          0);
    }
  }

  private static void paint(
      int[][] paint, LineIndex lines, SourceRange range, int type, int modifiers) {
    if (type < 0) {
      return;
    }
    int value = (type << 8) | modifiers;
    int lastLine = Math.min(range.end().line(), lines.lineCount() - 1);
    for (int line = Math.max(0, range.start().line()); line <= lastLine; line++) {
      int length = lines.lineLength(line);
      int from = line == range.start().line() ? Math.min(range.start().character(), length) : 0;
      int to = line == range.end().line() ? Math.min(range.end().character(), length) : length;
      if (to <= from) {
        continue;
      }
      int[] row = paint[line];
      if (row == null) {
        row = new int[length];
        Arrays.fill(row, NONE);
        paint[line] = row;
      }
      Arrays.fill(row, from, to, value);
    }
  }

  /** Run-length encodes the painted lines into the LSP's relative five-integer form. */
  private static int[] runs(int[][] paint) {
    List<int[]> tokens = new ArrayList<>();
    for (int line = 0; line < paint.length; line++) {
      int[] row = paint[line];
      if (row == null) {
        continue;
      }
      int start = 0;
      while (start < row.length) {
        int end = start;
        while (end < row.length && row[end] == row[start]) {
          end++;
        }
        if (row[start] != NONE) {
          tokens.add(new int[] {line, start, end - start, row[start] >> 8, row[start] & 0xff});
        }
        start = end;
      }
    }
    int[] data = new int[tokens.size() * 5];
    int previousLine = 0;
    int previousStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int[] token = tokens.get(i);
      data[i * 5] = token[0] - previousLine;
      data[i * 5 + 1] = token[0] == previousLine ? token[1] - previousStart : token[1];
      data[i * 5 + 2] = token[2];
      data[i * 5 + 3] = token[3];
      data[i * 5 + 4] = token[4];
      previousLine = token[0];
      previousStart = token[1];
    }
    return data;
  }

  private static List<Integer> toList(int[] data) {
    List<Integer> list = new ArrayList<>(data.length);
    for (int value : data) {
      list.add(value);
    }
    return list;
  }
}
