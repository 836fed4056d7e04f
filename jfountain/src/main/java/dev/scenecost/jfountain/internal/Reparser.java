package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.LineChange;
import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.TextLines;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.Centered;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Dialogue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Lyrics;
import dev.scenecost.jfountain.node.Note;
import dev.scenecost.jfountain.node.PageBreak;
import dev.scenecost.jfountain.node.Parenthetical;
import dev.scenecost.jfountain.node.SceneHeading;
import dev.scenecost.jfountain.node.SectionHeading;
import dev.scenecost.jfountain.node.Synopsis;
import dev.scenecost.jfountain.node.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses again only the scenes an edit touched and splices them into the earlier parse. The result
 * is the full parse of the new text, element for element and warning for warning (the tests compare
 * the two on random edits); where that cannot be shown from the lines at hand, the whole text is
 * parsed.
 *
 * <p>Why a scene can be parsed alone: a scene heading stands after a blank line, where the block
 * pass has closed everything and remembers nothing, so the pass over the edited scenes starts from
 * the same state as the full pass did. The region runs from the heading of the first touched scene
 * to the heading after the last one, and that next heading is parsed too: only if it is still a
 * heading (so the pass arrives at it with everything closed again) is the rest of the old parse
 * still true, its lines moved by the lines the edit added or removed.
 *
 * <p>What else could reach across the region's edges, and how it is ruled out:
 *
 * <ul>
 *   <li>Boneyards and notes pair their delimiters anywhere: no delimiter may stand in the region or
 *       on the lines either side of it, no boneyard of the earlier parse may touch it, and the
 *       region's scenes must have had no notes (a note the edit removed).
 *   <li>The title page is read from the text's first block of lines, up to the first blank line:
 *       either the earlier parse had one (so that block ended before any scene), or the line before
 *       the region is blank, or the region starts on line 0 with a heading, which is never a title
 *       page key.
 *   <li>The control-character warning counts the whole file; an encoding warning comes from bytes:
 *       any warning but the two that belong to lines (unclosed note, unrecognised heading) makes
 *       this a full parse.
 *   <li>Sections gather scenes across the file: with sections the outline is grouped again from the
 *       spliced elements (no text is read again for that).
 * </ul>
 */
public final class Reparser {
  /** Warnings that belong to their lines and can be kept, moved or parsed again with them. */
  private static final Set<String> LINE_WARNINGS =
      Set.of(ParseWarning.CODE_UNCLOSED_NOTE, ParseWarning.CODE_UNRECOGNISED_HEADING);

  private Reparser() {}

  /**
   * The parse of {@code text}, from the parse of the text before the edit.
   *
   * @param previous the parse of the text before the edit
   * @param text the text after it
   * @param change the lines the edit replaced
   * @return the same screenplay as {@code FountainParser.parse} of the whole text
   */
  public static Screenplay reparse(Screenplay previous, TextLines text, LineChange change) {
    Screenplay spliced;
    try {
      spliced = splice(previous, text, change);
    } catch (RuntimeException | StackOverflowError bug) {
      // The full parse is the reference: a slip here must cost time, never a wrong screenplay.
      spliced = null;
    }
    return spliced != null
        ? spliced
        : BlockParser.parse(text.lines(0, text.lineCount()), List.of());
  }

  private static Screenplay splice(Screenplay previous, TextLines text, LineChange change) {
    int lineCount = text.lineCount();
    int first = change.firstLine();
    int oldEnd = change.oldEndLine();
    int delta = change.lineDelta();
    if (previous == null
        || first < 0
        || oldEnd < first
        || change.newEndLine() < first
        || oldEnd > previous.lineCount()
        || previous.lineCount() + delta != lineCount) {
      return null;
    }
    if (oldEnd == first && delta == 0) {
      return previous;
    }
    for (ParseWarning warning : previous.warnings()) {
      if (!LINE_WARNINGS.contains(warning.code())
          || (delta != 0 && warning.code().equals(ParseWarning.CODE_UNCLOSED_NOTE))) {
        // An unclosed note's message names its line: moving it would take rewording it.
        return null;
      }
    }
    List<Scene> scenes = previous.scenes();
    // The scene holding the first changed line. Lines inserted right before a heading belong to
    // the scene before it.
    int firstScene = lastSceneStartingBefore(scenes, oldEnd > first ? first + 1 : first);
    if (firstScene < 0) {
      return null;
    }
    // The first scene the change leaves alone: the region ends at its heading.
    int nextScene = firstScene + 1;
    while (nextScene < scenes.size() && headingLine(scenes.get(nextScene)) < oldEnd) {
      nextScene++;
    }
    boolean toTheEnd = nextScene == scenes.size(); // no heading after the region
    int start = headingLine(scenes.get(firstScene));
    int end = toTheEnd ? previous.lineCount() : headingLine(scenes.get(nextScene));
    int newEnd = end + delta;
    int from = Math.max(0, start - 1);
    String region = text.lines(from, toTheEnd ? lineCount : newEnd + 1);
    if (hasMaskDelimiter(region)
        || touchesBoneyard(previous.boneyards(), start - 1, end)
        || hasNotes(scenes.subList(firstScene, nextScene))) {
      return null;
    }
    SourceLines sourceLines = SourceLines.split(region);
    if (sourceLines.controlCharacters() > 0) {
      return null;
    }
    Line[] lines = LineBuilder.build(region, sourceLines, List.of(), from);
    if (previous.titlePage().isEmpty() && start > 0 && lines[0].kind != Line.Kind.BLANK) {
      return null;
    }
    BlockParser parser = new BlockParser(lines);
    parser.run(start - from);
    List<Element> parsed = parser.elements;
    if (parsed.isEmpty() || !startsHeading(parsed.get(0), start)) {
      return null; // the first scene's heading is gone: its lines join the scene before
    }
    if (!toTheEnd) {
      if (!startsHeading(parsed.get(parsed.size() - 1), newEnd)) {
        return null; // the next heading now reads as something else: what follows changes too
      }
      parsed = parsed.subList(0, parsed.size() - 1);
    }
    List<ParseWarning> regionWarnings = new ArrayList<>();
    NearHeadings.warn(parsed, lines, from, regionWarnings);

    List<Element> oldElements = previous.elements();
    int cutStart = firstStartingAt(oldElements, start);
    int cutEnd = toTheEnd ? oldElements.size() : firstStartingAt(oldElements, end);
    List<Element> elements =
        new ArrayList<>(oldElements.size() - (cutEnd - cutStart) + parsed.size());
    elements.addAll(oldElements.subList(0, cutStart));
    elements.addAll(parsed);
    for (Element element : oldElements.subList(cutEnd, oldElements.size())) {
      elements.add(moved(element, delta));
    }
    List<SourceRange> boneyards = new ArrayList<>(previous.boneyards().size());
    for (SourceRange boneyard : previous.boneyards()) {
      boneyards.add(boneyard.start().line() >= end ? moved(boneyard, delta) : boneyard);
    }
    List<ParseWarning> warnings = spliceWarnings(previous, start, end, delta, regionWarnings);

    if (!previous.sections().isEmpty() || hasSectionHeading(parsed)) {
      return OutlineBuilder.build(previous.titlePage(), elements, boneyards, warnings, lineCount);
    }
    List<Scene> regionScenes = OutlineBuilder.scenes(parsed, firstScene);
    int indexShift = regionScenes.size() - (nextScene - firstScene);
    List<Scene> newScenes = new ArrayList<>(scenes.size() + indexShift);
    newScenes.addAll(scenes.subList(0, firstScene));
    newScenes.addAll(regionScenes);
    int next = cutEnd;
    for (Scene scene : scenes.subList(nextScene, scenes.size())) {
      if (delta == 0 && indexShift == 0) {
        newScenes.add(scene);
        continue;
      }
      // The scene's elements were moved above, in the same order: take those.
      int at = next - cutEnd + cutStart + parsed.size();
      SceneHeading heading = (SceneHeading) elements.get(at);
      List<Element> body = elements.subList(at + 1, at + 1 + scene.elements().size());
      next += 1 + scene.elements().size();
      newScenes.add(
          new Scene(scene.index() + indexShift, heading, body, null, moved(scene.range(), delta)));
    }
    return new Screenplay(
        previous.titlePage(),
        elements,
        previous.preamble(),
        newScenes,
        List.of(),
        boneyards,
        warnings,
        lineCount);
  }

  /**
   * The earlier warnings outside the region, moved with their lines, and the region's own. The full
   * parse lists the mask warnings first and the unrecognised headings after them in source order;
   * the region's come between those before and those after it.
   */
  private static List<ParseWarning> spliceWarnings(
      Screenplay previous, int start, int end, int delta, List<ParseWarning> regionWarnings) {
    List<ParseWarning> warnings = new ArrayList<>(previous.warnings().size() + 1);
    boolean regionAdded = false;
    for (ParseWarning warning : previous.warnings()) {
      int line = warning.range().start().line();
      if (line >= start && line < end) {
        continue;
      }
      boolean heading = warning.code().equals(ParseWarning.CODE_UNRECOGNISED_HEADING);
      if (heading && !regionAdded && line >= end) {
        warnings.addAll(regionWarnings);
        regionAdded = true;
      }
      warnings.add(
          line >= end
              ? new ParseWarning(warning.code(), warning.message(), moved(warning.range(), delta))
              : warning);
    }
    if (!regionAdded) {
      warnings.addAll(regionWarnings);
    }
    return warnings;
  }

  private static int headingLine(Scene scene) {
    return scene.heading().range().start().line();
  }

  private static boolean startsHeading(Element element, int line) {
    return element instanceof SceneHeading && element.range().start().line() == line;
  }

  /** The last scene whose heading stands before {@code line}, or -1. */
  private static int lastSceneStartingBefore(List<Scene> scenes, int line) {
    int low = 0;
    int high = scenes.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (headingLine(scenes.get(mid)) < line) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** The first element starting on or after {@code line}; elements are in source order. */
  private static int firstStartingAt(List<Element> elements, int line) {
    int low = 0;
    int high = elements.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (elements.get(mid).range().start().line() < line) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static boolean hasMaskDelimiter(String region) {
    return region.contains("/*")
        || region.contains("*/")
        || region.contains("[[")
        || region.contains("]]");
  }

  private static boolean touchesBoneyard(List<SourceRange> boneyards, int firstLine, int lastLine) {
    for (SourceRange boneyard : boneyards) {
      if (boneyard.end().line() >= firstLine && boneyard.start().line() <= lastLine) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNotes(List<Scene> scenes) {
    for (Scene scene : scenes) {
      if (!scene.heading().notes().isEmpty()) {
        return true;
      }
      for (Element element : scene.elements()) {
        if (element instanceof Note || !element.notes().isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasSectionHeading(List<Element> elements) {
    for (Element element : elements) {
      if (element instanceof SectionHeading) {
        return true;
      }
    }
    return false;
  }

  private static SourceRange moved(SourceRange range, int lines) {
    if (lines == 0) {
      return range;
    }
    return new SourceRange(moved(range.start(), lines), moved(range.end(), lines));
  }

  private static SourcePosition moved(SourcePosition position, int lines) {
    return new SourcePosition(position.line() + lines, position.character());
  }

  /** The element, its notes and ranges {@code lines} further down; itself when that is 0. */
  private static Element moved(Element element, int lines) {
    if (lines == 0) {
      return element;
    }
    String text = element.text();
    SourceRange range = moved(element.range(), lines);
    List<Note> notes = element.notes();
    if (!notes.isEmpty()) {
      List<Note> movedNotes = new ArrayList<>(notes.size());
      for (Note note : notes) {
        movedNotes.add((Note) moved(note, lines));
      }
      notes = movedNotes;
    }
    if (element instanceof Action action) {
      return new Action(text, range, notes, action.forced());
    } else if (element instanceof Dialogue) {
      return new Dialogue(text, range, notes);
    } else if (element instanceof CharacterCue cue) {
      return new CharacterCue(
          text, range, notes, cue.name(), cue.extensions(), cue.dual(), cue.forced());
    } else if (element instanceof Parenthetical) {
      return new Parenthetical(text, range, notes);
    } else if (element instanceof SceneHeading heading) {
      return new SceneHeading(
          text,
          range,
          notes,
          heading.forced(),
          heading.sceneNumber(),
          heading.prefix(),
          heading.location(),
          heading.timeOfDay());
    } else if (element instanceof Transition transition) {
      return new Transition(text, range, notes, transition.forced());
    } else if (element instanceof Centered) {
      return new Centered(text, range, notes);
    } else if (element instanceof Lyrics) {
      return new Lyrics(text, range, notes);
    } else if (element instanceof Note note) {
      return new Note(text, range, note.inline());
    } else if (element instanceof PageBreak) {
      return new PageBreak(text, range, notes);
    } else if (element instanceof SectionHeading section) {
      return new SectionHeading(text, range, notes, section.depth());
    } else if (element instanceof Synopsis) {
      return new Synopsis(text, range, notes);
    }
    throw new IllegalStateException("an element type the reparse cannot move: " + element.type());
  }
}
