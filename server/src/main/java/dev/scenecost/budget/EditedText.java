package dev.scenecost.budget;

import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.LineChange;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.TextLines;

/**
 * A screenplay's text as an editor holds it, with what the engine needs to parse only what changed:
 * the parse of an earlier version and the lines changed since. Without an earlier parse, the whole
 * text is parsed.
 *
 * @param text the text now
 * @param earlier the parse of an earlier version of it, or null
 * @param change the lines that differ from that version; ignored without one
 */
public record EditedText(TextLines text, Screenplay earlier, LineChange change) {
  /** A text with no earlier parse to start from. */
  public static EditedText whole(TextLines text) {
    return new EditedText(text, null, null);
  }

  Screenplay parse() {
    return earlier == null || change == null
        ? FountainParser.parse(text.lines(0, text.lineCount()))
        : FountainParser.reparse(earlier, text, change);
  }
}
