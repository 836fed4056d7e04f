package dev.scenecost.jfountain;

import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Note;
import dev.scenecost.jfountain.node.SceneHeading;
import dev.scenecost.jfountain.node.SectionHeading;
import dev.scenecost.jfountain.node.TextRun;
import dev.scenecost.jfountain.node.Transition;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a parse in the fixture format (see src/test/resources/fixtures/README.md): one line per
 * title entry, element, attached note, boneyard and warning.
 */
final class ElementPrinter {
  private ElementPrinter() {}

  static List<String> print(Screenplay screenplay) {
    List<String> out = new ArrayList<>();
    for (TitleEntry entry : screenplay.titlePage()) {
      StringBuilder line = new StringBuilder("title ").append(entry.range());
      line.append(" key=").append(quote(entry.key())).append(" values=[");
      for (int i = 0; i < entry.values().size(); i++) {
        line.append(i > 0 ? ", " : "").append(quote(entry.values().get(i)));
      }
      out.add(line.append(']').toString());
    }
    for (Element element : screenplay.elements()) {
      out.add(element(element));
      if (hasInlineMarkers(element.text())) {
        out.add("  " + runs(element.inlines()));
      }
      for (Note note : element.notes()) {
        out.add("  " + element(note));
      }
    }
    for (SourceRange boneyard : screenplay.boneyards()) {
      out.add("boneyard " + boneyard);
    }
    for (ParseWarning warning : screenplay.warnings()) {
      out.add("warning " + warning.code() + " " + warning.range());
    }
    return out;
  }

  private static boolean hasInlineMarkers(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('\\') >= 0;
  }

  /** {@code runs "plain " i"italic" bu"bold underlined"}: b bold, i italic, u underline. */
  static String runs(List<TextRun> runs) {
    StringBuilder line = new StringBuilder("runs");
    for (TextRun run : runs) {
      line.append(' ');
      line.append(run.bold() ? "b" : "").append(run.italic() ? "i" : "");
      line.append(run.underline() ? "u" : "").append(quote(run.text()));
    }
    return line.toString();
  }

  static String element(Element element) {
    StringBuilder line = new StringBuilder(element.type().jsonName());
    line.append(' ').append(element.range()).append(' ').append(quote(element.text()));
    if (element instanceof SceneHeading heading) {
      attribute(line, "number", heading.sceneNumber());
      attribute(line, "prefix", heading.prefix());
      attribute(line, "location", heading.location());
      attribute(line, "time", heading.timeOfDay());
      flag(line, "forced", heading.forced());
    } else if (element instanceof CharacterCue cue) {
      attribute(line, "name", cue.name());
      for (String extension : cue.extensions()) {
        attribute(line, "ext", extension);
      }
      flag(line, "dual", cue.dual());
      flag(line, "forced", cue.forced());
    } else if (element instanceof Action action) {
      flag(line, "forced", action.forced());
    } else if (element instanceof Transition transition) {
      flag(line, "forced", transition.forced());
    } else if (element instanceof SectionHeading section) {
      line.append(" depth=").append(section.depth());
    } else if (element instanceof Note note) {
      flag(line, "inline", note.inline());
    }
    return line.toString();
  }

  private static void attribute(StringBuilder line, String name, String value) {
    if (value != null) {
      line.append(' ').append(name).append('=').append(quote(value));
    }
  }

  private static void flag(StringBuilder line, String name, boolean value) {
    if (value) {
      line.append(' ').append(name);
    }
  }

  /** Double-quoted, with {@code \n \t \r \" \\} and other control characters escaped. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF && !isPaired(text, i))) {
            quoted.append(String.format("\\u%04X", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
