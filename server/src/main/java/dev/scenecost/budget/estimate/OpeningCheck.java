package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.PageLayout;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.Severity;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.Centered;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Lyrics;
import java.util.List;
import java.util.Locale;

/**
 * The budget is made scene by scene, so action or dialogue written before the first scene heading
 * (an opening such as Big Fish's underwater prologue) is in no estimate. Rather than guess a
 * location and a tier for it, the plan tells the writer, with the screen time it leaves out.
 */
public final class OpeningCheck {
  private OpeningCheck() {}

  public static List<Finding> check(Screenplay screenplay, PageLayout page) {
    List<Element> opening = screenplay.preamble();
    Element first = opening.stream().filter(OpeningCheck::becomesAShot).findFirst().orElse(null);
    if (first == null) {
      // Nothing to generate: empty, or only a FADE IN:, sections, synopses and notes.
      return List.of();
    }
    String message;
    if (screenplay.scenes().isEmpty()) {
      message =
          "There is no scene heading yet, so nothing is estimated: Scenecost budgets scene by "
              + "scene. Start each scene with a heading such as INT. KITCHEN - DAY.";
    } else {
      int eighths =
          SceneAnalyzer.eighths(SceneLayout.bodyLines(opening, page), page.linesPerPage());
      double seconds = eighths * page.secondsPerPage() / 8;
      message =
          "The opening before the first scene heading (about "
              + Amounts.duration(seconds)
              + " of screen time) belongs to no scene, so it is not in the estimate. Put a scene "
              + "heading above it, such as EXT. RIVER - DAY, to budget it.";
    }
    return List.of(
        new Finding(
            FindingCode.TEXT_BEFORE_FIRST_SCENE,
            Severity.INFORMATION,
            message,
            null,
            first.range(),
            List.of(),
            List.of()));
  }

  private static boolean becomesAShot(Element element) {
    if (element instanceof Action action) {
      return !transitionInPractice(action);
    }
    return element instanceof Centered
        || element instanceof CharacterCue
        || element instanceof Lyrics;
  }

  /**
   * FADE IN: is action to the Fountain spec (only "... TO:" is a transition), but a lone line in
   * capitals ending in a colon is a transition in practice, not a shot to generate.
   */
  private static boolean transitionInPractice(Action action) {
    String text = PlainText.of(action.text()).strip();
    return text.endsWith(":")
        && text.indexOf('\n') < 0
        && text.equals(text.toUpperCase(Locale.ROOT));
  }
}
