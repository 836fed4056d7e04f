package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.TitleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The title page: {@code Key: value} lines at the very start of the file, up to the first blank
 * line. Values may follow on indented lines, one value per line. A first line such as {@code FADE
 * IN:} with nothing under it is not a title page.
 */
final class TitlePageParser {
  record Result(List<TitleEntry> entries, int bodyStart) {}

  private static final Set<String> KNOWN_KEYS =
      Set.of(
          "title",
          "credit",
          "author",
          "authors",
          "source",
          "draft date",
          "date",
          "contact",
          "copyright",
          "notes",
          "revision",
          "format",
          "font",
          "episode",
          "series");

  private TitlePageParser() {}

  static Result parse(Line[] lines) {
    int first = nextVisible(lines, 0);
    if (first >= lines.length || !isTitlePage(lines, first)) {
      return new Result(List.of(), 0);
    }
    List<TitleEntry> entries = new ArrayList<>();
    String key = null;
    List<String> values = new ArrayList<>();
    SourcePosition start = null;
    SourcePosition end = null;
    int i = first;
    for (; i < lines.length; i++) {
      Line line = lines[i];
      if (line.kind == Line.Kind.TRANSPARENT) {
        continue;
      }
      if (line.kind == Line.Kind.BLANK) {
        break;
      }
      int colon = keyColon(line);
      if (colon >= 0) {
        if (key != null) {
          entries.add(new TitleEntry(key, values, new SourceRange(start, end)));
        }
        key = Chars.trim(line.text.substring(line.begin, colon));
        values = new ArrayList<>();
        String value =
            line.text.substring(
                Chars.skipSpaces(line.text, colon + 1, line.contentEnd), line.contentEnd);
        if (!value.isEmpty()) {
          values.add(value);
        }
        start = line.at(line.begin);
      } else {
        // Indented or not, a line under a key is one of its values: nothing is dropped.
        values.add(line.trimmed());
      }
      end = line.endAt(line.contentEnd);
    }
    entries.add(new TitleEntry(key, values, new SourceRange(start, end)));
    return new Result(entries, i);
  }

  /**
   * A title page opens with a key the spec names ({@code Title}, {@code Author}...) that has a
   * value, on its line or indented below. A first line with another key ({@code Budget tier:})
   * opens one only when the block holds a second key: "The sun rises: slowly." is action.
   */
  private static boolean isTitlePage(Line[] lines, int first) {
    Line line = lines[first];
    int colon = keyColon(line);
    if (colon < 0) {
      return false;
    }
    int next = nextVisible(lines, first + 1);
    boolean nextIsContent = next < lines.length && lines[next].isContent();
    boolean hasValue =
        colon + 1 < line.contentEnd
            || (nextIsContent && lines[next].contentStart > lines[next].begin);
    String key = Chars.trim(line.text.substring(line.begin, colon)).toLowerCase(Locale.ROOT);
    if (KNOWN_KEYS.contains(key)) {
      // "FADE IN:" is not a known key, but "Contact:" followed by the script is not a title.
      return hasValue || (nextIsContent && keyColon(lines[next]) >= 0);
    }
    for (int i = next; i < lines.length && lines[i].kind != Line.Kind.BLANK; i++) {
      if (lines[i].isContent() && keyColon(lines[i]) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Offset of the colon ending a key at the start of the line, or -1. A key starts with a letter
   * and holds letters, digits, spaces, {@code - _ '}; it is never a scene heading.
   */
  static int keyColon(Line line) {
    String text = line.text;
    int begin = line.begin;
    if (!line.isContent()
        || line.contentStart != begin
        || !Character.isLetter(text.charAt(begin))) {
      return -1;
    }
    for (int i = begin + 1; i < line.contentEnd; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return SceneHeadingRule.prefixLength(text, begin, line.contentEnd) >= 0 ? -1 : i;
      }
      if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_' || c == '\'')) {
        return -1;
      }
    }
    return -1;
  }

  private static int nextVisible(Line[] lines, int from) {
    int i = from;
    while (i < lines.length && lines[i].kind == Line.Kind.TRANSPARENT) {
      i++;
    }
    return i;
  }
}
