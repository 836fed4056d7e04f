package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.node.Transition;

/**
 * Transitions that are not forced: upper case and ending in {@code TO:} with nothing after the
 * colon, not even a space (a trailing space makes the line action, as the spec says). {@code FADE
 * OUT.} is only a transition when forced with {@code >}.
 */
final class TransitionRule {
  private TransitionRule() {}

  static boolean matches(Line line) {
    // A note after the colon is not "something after the colon": use the trimmed end there.
    int end = line.masked ? line.contentEnd : line.end;
    return end - line.contentStart >= 3
        && line.text.startsWith("TO:", end - 3)
        && Chars.isUpperCaseWithLetter(line.text, line.contentStart, end);
  }

  static Transition build(Line line) {
    return new Transition(
        line.trimmed(),
        Ranges.ofLine(line, line.contentStart, line.contentEnd),
        Ranges.notes(line),
        false);
  }
}
