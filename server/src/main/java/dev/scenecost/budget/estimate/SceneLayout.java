package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.PageLayout;
import dev.scenecost.budget.result.ChunkKind;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.Centered;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Dialogue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Lyrics;
import dev.scenecost.jfountain.node.Parenthetical;
import dev.scenecost.jfountain.node.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lays a scene out on the page and cuts it into chunks. Lines: the heading, each action or centered
 * paragraph and each transition at the action width, plus one blank line after each; a speech is
 * its cue, parentheticals and dialogue lines at their widths, plus one blank line; the second
 * speech of a dual-dialogue pair only adds the lines by which it is longer. Notes, sections,
 * synopses and page breaks do not print.
 */
public final class SceneLayout {
  private static final Set<String> OFF_SCREEN =
      Set.of(
          "V.O.",
          "VO",
          "O.S.",
          "OS",
          "O.C.",
          "OC",
          "OFF",
          "OFF SCREEN",
          "OFF-SCREEN",
          "PRE-LAP",
          "PRELAP",
          "ON THE RADIO",
          "ON RADIO",
          "ON THE PHONE",
          "ON PHONE",
          "FILTERED");

  /** A scene's printed lines and its chunks. */
  public record Result(int lines, List<ChunkDraft> chunks) {}

  private final PageLayout page;
  private final List<ChunkDraft> chunks = new ArrayList<>();
  private int totalLines;
  // The dialogue exchange being built: speeches and the lines they take.
  private final List<Speech> exchange = new ArrayList<>();
  private int exchangeLines;
  private SourceRange exchangeStart;
  private SourceRange exchangeEnd;
  private int lastSpeechLines;

  private SceneLayout(PageLayout page) {
    this.page = page;
  }

  public static Result layout(Scene scene, PageLayout page) {
    SceneLayout layout = new SceneLayout(page);
    layout.run(scene);
    return new Result(layout.totalLines, List.copyOf(layout.chunks));
  }

  /**
   * The printed lines of body elements that stand outside any scene, such as an opening before the
   * first scene heading, by the same layout rules as a scene's body.
   */
  public static int bodyLines(List<Element> elements, PageLayout page) {
    SceneLayout layout = new SceneLayout(page);
    layout.body(elements);
    return layout.totalLines;
  }

  private void run(Scene scene) {
    totalLines += LineCounter.lines(PlainText.of(scene.heading().text()), page.actionWidth()) + 1;
    body(scene.elements());
    if (chunks.isEmpty()) {
      // A heading alone is still a shot: an establishing view of the place.
      int headingLines = totalLines;
      chunks.add(
          new ChunkDraft(
              ChunkKind.ACTION_BEAT,
              scene.heading().range(),
              headingLines,
              List.of(PlainText.of(scene.heading().text())),
              List.of()));
    }
  }

  private void body(List<Element> elements) {
    int i = 0;
    while (i < elements.size()) {
      Element element = elements.get(i);
      if (element instanceof CharacterCue cue) {
        i = speech(cue, elements, i + 1);
        continue;
      }
      if (element instanceof Lyrics lyrics) {
        int lines = LineCounter.lines(PlainText.of(lyrics.text()), page.dialogueWidth()) + 1;
        addSpeech(
            new Speech("", false, "", PlainText.of(lyrics.text()), lyrics.range()),
            lines,
            lyrics.range(),
            lyrics.range(),
            false);
      } else if (element instanceof Action || element instanceof Centered) {
        closeExchange();
        String text = PlainText.of(element.text());
        int lines = LineCounter.lines(text, page.actionWidth()) + 1;
        totalLines += lines;
        chunks.add(
            new ChunkDraft(
                ChunkKind.ACTION_BEAT, element.range(), lines, List.of(text.strip()), List.of()));
      } else if (element instanceof Transition) {
        closeExchange();
        totalLines += LineCounter.lines(PlainText.of(element.text()), page.actionWidth()) + 1;
      }
      i++;
    }
    closeExchange();
  }

  /** Reads the speech after {@code cue}; returns the index after it. */
  private int speech(CharacterCue cue, List<Element> elements, int next) {
    int lines = LineCounter.lines(PlainText.of(cue.text()), page.cueWidth());
    StringBuilder spoken = new StringBuilder();
    StringBuilder directions = new StringBuilder(cue.name().trim()).append(':');
    SourceRange end = cue.range();
    int i = next;
    while (i < elements.size()) {
      Element element = elements.get(i);
      String text = PlainText.of(element.text());
      if (element instanceof Parenthetical) {
        lines += LineCounter.lines(text, page.parentheticalWidth());
        directions.append(' ').append(text);
      } else if (element instanceof Dialogue || element instanceof Lyrics) {
        lines += LineCounter.lines(text, page.dialogueWidth());
        if (spoken.length() > 0) {
          spoken.append('\n');
        }
        spoken.append(text);
      } else if (!(element instanceof dev.scenecost.jfountain.node.Note)) {
        break;
      }
      end = element.range();
      i++;
    }
    lines++;
    String name = cue.name().trim().toUpperCase(Locale.ROOT);
    Speech speech =
        new Speech(name, onScreen(cue), directions.toString(), spoken.toString(), cue.range());
    addSpeech(speech, lines, cue.range(), end, cue.dual());
    return i;
  }

  private void addSpeech(
      Speech speech, int lines, SourceRange start, SourceRange end, boolean dual) {
    int added = dual ? Math.max(0, lines - lastSpeechLines) : lines;
    lastSpeechLines = lines;
    if (exchange.isEmpty()) {
      exchangeStart = start;
    }
    exchange.add(speech);
    exchangeEnd = end;
    exchangeLines += added;
    totalLines += added;
  }

  private void closeExchange() {
    if (exchange.isEmpty()) {
      return;
    }
    List<String> pieces = new ArrayList<>();
    for (Speech speech : exchange) {
      if (!speech.directions().isEmpty()) {
        pieces.add(speech.directions());
      }
      if (!speech.spokenText().isEmpty()) {
        pieces.add(speech.spokenText());
      }
    }
    chunks.add(
        new ChunkDraft(
            ChunkKind.DIALOGUE_EXCHANGE,
            new SourceRange(exchangeStart.start(), exchangeEnd.end()),
            exchangeLines,
            List.copyOf(pieces),
            List.copyOf(exchange)));
    exchange.clear();
    exchangeLines = 0;
    lastSpeechLines = 0;
  }

  static boolean onScreen(CharacterCue cue) {
    for (String extension : cue.extensions()) {
      String normal = extension.trim().toUpperCase(Locale.ROOT).replace(". ", ".");
      if (OFF_SCREEN.contains(normal)) {
        return false;
      }
    }
    return true;
  }
}
