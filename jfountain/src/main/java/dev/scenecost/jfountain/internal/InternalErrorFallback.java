package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.Element;
import java.util.ArrayList;
import java.util.List;

/** What a parse returns if the parser itself fails: all the text, as one action, and a warning. */
final class InternalErrorFallback {
  private InternalErrorFallback() {}

  static Screenplay screenplay(String source, List<ParseWarning> initialWarnings, Throwable bug) {
    SourceLines lines = SourceLines.split(source);
    SourceRange whole = new SourceRange(new SourcePosition(0, 0), lines.position(source.length()));
    StringBuilder text = new StringBuilder(source.length());
    for (int i = 0; i < lines.count(); i++) {
      text.append(i > 0 ? "\n" : "").append(source, lines.start(i), lines.end(i));
    }
    List<Element> elements = List.of(new Action(text.toString(), whole, List.of(), false));
    List<ParseWarning> warnings = new ArrayList<>(initialWarnings);
    warnings.add(
        new ParseWarning(
            ParseWarning.CODE_INTERNAL_ERROR,
            "Scenecost could not work out this screenplay's structure ("
                + bug.getClass().getSimpleName()
                + "), so the whole text is shown as plain action. Nothing in the file was"
                + " changed; please report this with the file.",
            whole));
    return new Screenplay(
        List.of(), elements, elements, List.of(), List.of(), List.of(), warnings, lines.count());
  }
}
