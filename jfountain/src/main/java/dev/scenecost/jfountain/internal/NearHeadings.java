package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import java.util.List;

/**
 * Lines a writer meant as scene headings but Fountain does not read as one: {@code EXT/INT.},
 * {@code EXT./INT.} and {@code E/I} mirror the spec's {@code INT/EXT}, {@code INT./EXT} and {@code
 * I/E} but are not in its list. The parser keeps the spec's reading (action, or a cue when text
 * follows at once) and warns, because the scene is otherwise silently merged into the one before
 * it.
 */
final class NearHeadings {
  private static final String[] MIRRORED_PREFIXES = {"EXT./INT", "EXT/INT", "E/I"};

  private NearHeadings() {}

  static void warn(List<Element> elements, Line[] lines, List<ParseWarning> warnings) {
    warn(elements, lines, 0, warnings);
  }

  /** As above, for lines that start at line {@code firstLine} of the source (a reparsed region). */
  static void warn(
      List<Element> elements, Line[] lines, int firstLine, List<ParseWarning> warnings) {
    for (Element element : elements) {
      boolean candidate =
          element instanceof Action action
              ? !action.forced()
              : element instanceof CharacterCue cue && !cue.forced();
      if (!candidate) {
        continue;
      }
      String text = element.text();
      if (text.isEmpty() || Character.toUpperCase(text.charAt(0)) != 'E') {
        continue; // every mirrored prefix starts with E: most elements end here, copying nothing
      }
      int lineEnd = text.indexOf('\n');
      String lineText = lineEnd < 0 ? text : text.substring(0, lineEnd);
      String prefix = mirroredPrefix(lineText);
      if (prefix == null) {
        continue;
      }
      SourceRange range = firstTextLine(element, lines, firstLine, lineText);
      warnings.add(
          new ParseWarning(
              ParseWarning.CODE_UNRECOGNISED_HEADING,
              "\""
                  + prefix
                  + "\" does not start a scene heading in Fountain, so this line is read as "
                  + (element instanceof Action ? "action" : "a character name")
                  + " and its scene runs into the one before. Write INT./EXT. instead, or put a "
                  + "dot in front (."
                  + lineText.strip()
                  + ") to make it a heading.",
              range));
    }
  }

  /**
   * Where the element's first line of text stands in the source. The element's range starts at an
   * attached note when one comes first ({@code [[...]]} spanning lines before the text), so the
   * range is taken from the first source line that holds text, not from the element's start.
   */
  private static SourceRange firstTextLine(
      Element element, Line[] lines, int firstLine, String lineText) {
    SourcePosition start = element.range().start();
    for (int i = start.line();
        i - firstLine < lines.length && i <= element.range().end().line();
        i++) {
      Line line = lines[i - firstLine];
      if (line.number == i && line.kind == Line.Kind.CONTENT) {
        return new SourceRange(line.at(line.contentStart), line.endAt(line.contentEnd));
      }
    }
    return new SourceRange(
        start, new SourcePosition(start.line(), start.character() + lineText.length()));
  }

  /** The mirrored prefix the line starts with, as written, or null. */
  static String mirroredPrefix(String line) {
    for (String prefix : MIRRORED_PREFIXES) {
      if (Chars.startsWithIgnoreCase(line, 0, line.length(), prefix)) {
        int after = prefix.length();
        if (after < line.length() && (line.charAt(after) == '.' || line.charAt(after) == ' ')) {
          return line.substring(0, after + (line.charAt(after) == '.' ? 1 : 0));
        }
        return null;
      }
    }
    return null;
  }
}
