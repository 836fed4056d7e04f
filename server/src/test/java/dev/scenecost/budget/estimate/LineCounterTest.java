package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineCounterTest {
  @Test
  void shortTextIsOneLine() {
    assertEquals(1, LineCounter.lines("Anna pours coffee.", 61));
  }

  @Test
  void emptyTextIsOneLine() {
    assertEquals(1, LineCounter.lines("", 61));
  }

  @Test
  void wrapsAtWordsNotInsideThem() {
    // "aaaa bbbb cccc" at width 9: "aaaa bbbb" is 9 characters, "cccc" moves down: 2 lines.
    assertEquals(2, LineCounter.lines("aaaa bbbb cccc", 9));
    // At width 8 "aaaa bbbb" (9) does not fit: aaaa / bbbb / cccc.
    assertEquals(3, LineCounter.lines("aaaa bbbb cccc", 8));
  }

  @Test
  void aWordLongerThanTheWidthIsCut() {
    // 25 letters at width 10: 10 + 10 + 5 = 3 lines.
    assertEquals(3, LineCounter.lines("abcdefghijklmnopqrstuvwxy", 10));
  }

  @Test
  void everyLineBreakStartsALineAndEmptyLinesCount() {
    // "one", "", "two" = 3 lines.
    assertEquals(3, LineCounter.lines("one\n\ntwo", 36));
  }

  @Test
  void dialogueWidthOf36() {
    // Eight "word"s are 39 characters; seven are 34, the eighth would make 39 > 36: 2 lines.
    assertEquals(2, LineCounter.lines("word word word word word word word word", 36));
  }
}
