package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Dialogue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * The block pass. Reads the body line by line and decides what each line is from the line itself,
 * whether the line before was blank and whether the line after is; boneyards and notes were cut out
 * beforehand, so lines that held only those are invisible here. Lines of sections, synopses and
 * page breaks count as blank for their neighbours.
 */
public final class BlockParser {
  private final Line[] lines;
  final List<Element> elements = new ArrayList<>();
  private Paragraph action;
  private boolean inSpeech;
  private Paragraph dialogue;

  BlockParser(Line[] lines) {
    this.lines = lines;
  }

  public static Screenplay parse(CharSequence input, List<ParseWarning> initialWarnings) {
    String source = input == null ? "" : input.toString();
    try {
      return parseOrThrow(source, initialWarnings);
    } catch (RuntimeException | StackOverflowError bug) {
      // The invariant is that parsing never fails: a bug of ours must not cost the writer an
      // editor that stops working. The tests assert this path is never taken.
      return InternalErrorFallback.screenplay(source, initialWarnings, bug);
    }
  }

  private static Screenplay parseOrThrow(String source, List<ParseWarning> initialWarnings) {
    List<ParseWarning> warnings = new ArrayList<>(initialWarnings);
    SourceLines sourceLines = SourceLines.split(source);
    warnAboutControlCharacters(sourceLines, warnings);
    List<Mask> masks = MaskScanner.scan(source, sourceLines, warnings);
    Line[] lines = LineBuilder.build(source, sourceLines, masks);
    List<Note> ownLineNotes = NoteAttacher.attach(masks, lines, sourceLines);
    TitlePageParser.Result titlePage = TitlePageParser.parse(lines);

    BlockParser parser = new BlockParser(lines);
    parser.run(titlePage.bodyStart());
    List<Element> elements = mergeByStart(parser.elements, ownLineNotes);
    NearHeadings.warn(parser.elements, lines, warnings);

    List<SourceRange> boneyards = new ArrayList<>();
    for (Mask mask : masks) {
      if (!mask.isNote()) {
        boneyards.add(
            new SourceRange(sourceLines.position(mask.start), sourceLines.position(mask.end)));
      }
    }
    return OutlineBuilder.build(
        titlePage.entries(), elements, boneyards, warnings, sourceLines.count());
  }

  void run(int firstLine) {
    boolean blankBefore = true;
    for (int i = firstLine; i < lines.length; i++) {
      Line line = lines[i];
      if (line.kind == Line.Kind.TRANSPARENT) {
        continue;
      }
      if (line.kind == Line.Kind.BLANK) {
        if (line.twoSpaces && (action != null || inSpeech)) {
          continueWithEmptyLine(line);
          continue;
        }
        closeAll();
        blankBefore = true;
        continue;
      }
      Element marker = MarkerLines.parse(line);
      if (marker != null) {
        closeAll();
        elements.add(marker);
        blankBefore = true;
        continue;
      }
      if (inSpeech) {
        speechLine(line);
      } else if (!forcedLine(line, blankBefore)) {
        if (action == null && blankBefore) {
          paragraphStart(line, isBlankAfter(i));
        } else {
          addActionLine(line);
        }
      }
      blankBefore = false;
    }
    closeAll();
  }

  /** Lines whose first character decides their type wherever they stand. */
  private boolean forcedLine(Line line, boolean blankBefore) {
    switch (line.first()) {
      case '!':
        addActionLine(line);
        return true;
      case '~':
        closeAll();
        elements.add(MarkerLines.lyrics(line));
        return true;
      case '>':
        closeAll();
        elements.add(MarkerLines.centeredOrTransition(line));
        return true;
      case '@':
        if (action != null || !blankBefore) {
          return false;
        }
        CharacterCue cue = CharacterCueRule.parse(line);
        if (cue == null) {
          return false;
        }
        elements.add(cue);
        inSpeech = true;
        return true;
      case '.':
        if (action != null || !blankBefore || !SceneHeadingRule.isForced(line)) {
          return false;
        }
        elements.add(SceneHeadingRule.build(line, true));
        return true;
      default:
        return false;
    }
  }

  /**
   * A line after a blank line: heading, transition, cue, or the start of an action. A line that
   * looks like a heading or a transition but has text right under it is action, never a cue.
   */
  private void paragraphStart(Line line, boolean blankAfter) {
    boolean headingPrefix = SceneHeadingRule.isStandard(line);
    if (headingPrefix) {
      if (blankAfter) {
        elements.add(SceneHeadingRule.build(line, false));
        return;
      }
    } else if (TransitionRule.matches(line)) {
      if (blankAfter) {
        elements.add(TransitionRule.build(line));
        return;
      }
    } else if (!blankAfter && line.last() != ':') {
      // No name ends in a colon: "FADE IN:" or "SUPER:" with text under it is not a speaker.
      CharacterCue cue = CharacterCueRule.parse(line);
      if (cue != null) {
        elements.add(cue);
        inSpeech = true;
        return;
      }
    }
    addActionLine(line);
  }

  private void speechLine(Line line) {
    char first = line.first();
    if (first == '(' && line.last() == ')') {
      closeDialogue();
      elements.add(MarkerLines.parenthetical(line));
    } else if (first == '~') {
      closeDialogue();
      elements.add(MarkerLines.lyrics(line));
    } else {
      if (dialogue == null) {
        dialogue = new Paragraph(false);
      }
      dialogue.add(line, line.contentStart, line.contentEnd, line.trimmed());
    }
  }

  private void addActionLine(Line line) {
    boolean forced = line.first() == '!';
    if (action == null) {
      action = new Paragraph(forced);
    }
    if (forced) {
      int from = line.contentStart + 1;
      action.add(
          line, line.contentStart, line.contentEnd, line.text.substring(from, line.contentEnd));
    } else {
      action.add(line, line.begin, line.contentEnd, ActionText.indented(line));
    }
  }

  private void continueWithEmptyLine(Line line) {
    if (inSpeech) {
      if (dialogue == null) {
        dialogue = new Paragraph(false);
      }
      dialogue.addEmptyLine(line);
    } else {
      action.addEmptyLine(line);
    }
  }

  private boolean isBlankAfter(int index) {
    int i = index + 1;
    while (i < lines.length && lines[i].kind == Line.Kind.TRANSPARENT) {
      i++;
    }
    return i >= lines.length || !lines[i].isContent() || MarkerLines.isMarker(lines[i]);
  }

  private void closeDialogue() {
    if (dialogue != null) {
      elements.add(new Dialogue(dialogue.text(), dialogue.range(), dialogue.notes()));
      dialogue = null;
    }
  }

  private void closeAll() {
    closeDialogue();
    inSpeech = false;
    if (action != null) {
      elements.add(new Action(action.text(), action.range(), action.notes(), action.forced()));
      action = null;
    }
  }

  private static void warnAboutControlCharacters(SourceLines lines, List<ParseWarning> warnings) {
    if (lines.controlCharacters() == 0) {
      return;
    }
    int offset = lines.firstControlCharacter();
    SourceRange range = new SourceRange(lines.position(offset), lines.position(offset + 1));
    int count = lines.controlCharacters();
    warnings.add(
        new ParseWarning(
            ParseWarning.CODE_CONTROL_CHARACTER,
            "Line "
                + (range.start().line() + 1)
                + " holds an invisible control character"
                + (count > 1 ? " (" + count + " in the file)" : "")
                + ", such as a NUL byte left by a damaged save. It is kept as it is;"
                + " delete it if it should not be there.",
            range));
  }

  /** Both lists are in source order; own-line notes slot in by where they start. */
  private static List<Element> mergeByStart(List<Element> blocks, List<Note> notes) {
    if (notes.isEmpty()) {
      return blocks;
    }
    List<Element> merged = new ArrayList<>(blocks.size() + notes.size());
    int n = 0;
    for (Element block : blocks) {
      while (n < notes.size()
          && notes.get(n).range().start().compareTo(block.range().start()) < 0) {
        merged.add(notes.get(n++));
      }
      merged.add(block);
    }
    while (n < notes.size()) {
      merged.add(notes.get(n++));
    }
    return merged;
  }
}
