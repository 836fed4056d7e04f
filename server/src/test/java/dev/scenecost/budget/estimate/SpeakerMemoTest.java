package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.LineChange;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.TextLines;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeakerMemoTest {
  private static final String TEXT =
      """
      INT. KITCHEN - NIGHT

      Rain.

      @edward
      I was never here.

      EXT. RIVER - DAY

      SANDRA (V.O.)
      You were.

      INT. CAR - DAY

      He drives.
      """;

  @Test
  void namesFollowTheEditedSceneAndKeepTheOthers() {
    SpeakerMemo memo = new SpeakerMemo();
    Screenplay first = FountainParser.parse(TEXT);
    assertEquals(Set.of("EDWARD", "SANDRA"), memo.speakers("film", first.scenes()));

    // A cue and its speech after line 14 ("He drives."): a new speaker in the last scene only.
    String withCue = TEXT.replace("He drives.\n", "He drives.\n\nWILL\nFaster.\n");
    Screenplay second =
        FountainParser.reparse(first, TextLines.of(withCue), new LineChange(15, 15, 18));
    assertSame(first.scenes().get(0), second.scenes().get(0)); // kept by the parser
    assertEquals(Set.of("EDWARD", "SANDRA", "WILL"), memo.speakers("film", second.scenes()));

    String withoutSandra = withCue.replace("SANDRA (V.O.)\nYou were.\n", "Nobody.\n");
    Screenplay third =
        FountainParser.reparse(second, TextLines.of(withoutSandra), new LineChange(9, 11, 10));
    assertEquals(FountainParser.parse(withoutSandra).scenes().size(), third.scenes().size());
    assertEquals(Set.of("EDWARD", "WILL"), memo.speakers("film", third.scenes()));
    // Another screenplay has its own names.
    assertEquals(Set.of("EDWARD", "SANDRA"), memo.speakers("other", first.scenes()));
  }
}
