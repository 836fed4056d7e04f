package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defects 9 and 10. The time of the deep outline is measured in docs/performance.md; the
 * timeout here only guards against a hang.
 */
class HostileOutlineTest {
  @Test
  void deeplyNestedSectionsFollowedByManyScenesEndWhereTheLastSceneEnds() {
    int depth = 1_000;
    int scenes = 45_000;
    StringBuilder text = new StringBuilder();
    for (int d = 1; d <= depth; d++) {
      text.append("#".repeat(d)).append(" Part ").append(d).append("\n\n");
    }
    int firstSceneLine = 2 * depth;
    for (int i = 0; i < scenes; i++) {
      text.append("INT. ROOM ").append(i).append(" - DAY\n\nA beat.\n\n");
    }

    Screenplay screenplay =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> FountainParser.parse(text.toString()));

    assertEquals(scenes, screenplay.scenes().size());
    // The last scene's action "A beat." stands 2 lines below its heading and ends at column 7.
    int lastLine = firstSceneLine + 4 * (scenes - 1) + 2;
    SourcePosition end = new SourcePosition(lastLine, 7);
    assertEquals(end, screenplay.scenes().get(scenes - 1).range().end());
    Section section = screenplay.sections().get(0);
    for (int d = 1; d <= depth; d++) {
      assertEquals(d, section.depth());
      assertEquals(end, section.range().end(), "section at depth " + d);
      if (d < depth) {
        assertEquals(List.of(), section.scenes());
        section = section.children().get(0);
      }
    }
    assertEquals(scenes, section.scenes().size());
  }

  @Test
  void aSectionClosedInsideASceneStillReachesThatScenesEnd() {
    Screenplay screenplay =
        FountainParser.parse(
            "# Act 1\n\n## Sequence\n\nINT. A - DAY\n\nText.\n\n# Act 2\n\nMore text.\n\n"
                + "INT. B - DAY\n\nEnd.\n");

    Section act1 = screenplay.sections().get(0);
    Section sequence = act1.children().get(0);
    Scene a = screenplay.scenes().get(0);
    // Scene A runs through "More text." (line 10): its sections reach as far.
    assertEquals(new SourcePosition(10, 10), a.range().end());
    assertEquals(a.range().end(), sequence.range().end());
    assertEquals(a.range().end(), act1.range().end());
    assertEquals(
        new SourcePosition(14, 4), screenplay.sections().get(1).range().end(), "Act 2 gets B");
  }

  @Test
  void unrecognisedHeadingAfterAMultiLineNotePointsAtTheTextNotTheNote() {
    Screenplay screenplay = FountainParser.parse("[[\n]]E/I C");

    List<ParseWarning> warnings =
        screenplay.warnings().stream()
            .filter(w -> w.code().equals(ParseWarning.CODE_UNRECOGNISED_HEADING))
            .toList();
    assertEquals(1, warnings.size());
    // "E/I C" stands on line 1 from column 2 to 7, after the note's closing brackets.
    assertEquals(SourceRange.of(1, 2, 1, 7), warnings.get(0).range());
  }
}
