package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.node.CharacterCue;
import java.util.ArrayList;
import java.util.List;

/**
 * Character cues: a name in upper case (at least one letter) with optional parenthesised extensions
 * in any case ({@code HANS (on the radio)}, {@code EDWARD (V.O.)(CONT'D)}), an optional {@code ^}
 * for the second cue of dual dialogue, or forced with {@code @} in any case or script. Whether the
 * line before is blank and the next one is not is the block parser's concern.
 */
final class CharacterCueRule {
  private CharacterCueRule() {}

  /** The cue this line would make, or null when it is not one. */
  static CharacterCue parse(Line line) {
    String text = line.text;
    int start = line.contentStart;
    int end = line.contentEnd;
    boolean forced = text.charAt(start) == '@';
    if (forced) {
      start = Chars.skipSpaces(text, start + 1, end);
    }
    boolean dual = false;
    if (end > start && text.charAt(end - 1) == '^') {
      dual = true;
      end = Chars.trimEnd(text, start, end - 1);
    }
    if (end <= start) {
      return null;
    }
    // Most lines asked are prose: give up at their first lower-case letter, before anything
    // else is looked at or allocated.
    if (!forced && hasLowerCaseBeforeParenthesis(text, start, end)) {
      return null;
    }
    List<String> extensions = new ArrayList<>(2);
    int nameEnd = parseExtensions(text, start, end, extensions);
    if (nameEnd < 0) {
      // Text after the parentheses: the whole cue is the name.
      extensions.clear();
      nameEnd = end;
    }
    // List.of lists are taken as they are by the node's List.copyOf: no second copy.
    List<String> immutable = extensions.isEmpty() ? List.of() : List.copyOf(extensions);
    nameEnd = Chars.trimEnd(text, start, nameEnd);
    if (nameEnd == start) {
      return null;
    }
    if (!forced && !Chars.isUpperCaseWithLetter(text, start, nameEnd)) {
      return null;
    }
    return new CharacterCue(
        text.substring(start, end),
        Ranges.ofLine(line, line.contentStart, line.contentEnd),
        Ranges.notes(line),
        text.substring(start, nameEnd),
        immutable,
        dual,
        forced);
  }

  private static boolean hasLowerCaseBeforeParenthesis(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        return false;
      }
      if (c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  /**
   * Collects the {@code (...)} groups that end the cue; returns where the name ends, or -1 when
   * something other than parentheses follows the first one.
   */
  private static int parseExtensions(String text, int start, int end, List<String> out) {
    int open = Chars.indexOf(text, '(', start, end);
    if (open < 0) {
      return end;
    }
    int i = open;
    while (i < end) {
      if (text.charAt(i) != '(') {
        return -1;
      }
      int close = Chars.indexOf(text, ')', i + 1, end);
      if (close < 0) {
        return -1;
      }
      out.add(Chars.trim(text.substring(i + 1, close)));
      i = Chars.skipSpaces(text, close + 1, end);
    }
    return open;
  }
}
