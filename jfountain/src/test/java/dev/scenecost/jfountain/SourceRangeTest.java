package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.SceneHeading;
import org.junit.jupiter.api.Test;

/** Columns are UTF-16 units, as LSP counts them: an emoji is two, a CJK character one. */
class SourceRangeTest {

  @Test
  void emojiCountsAsTwoUnitsInRanges() {
    // "INT. CAFÉ 😀 - DAY": 4 + 1 + 4 + 1 + 2 (surrogate pair) + 3 + 3 = 18 units.
    Screenplay screenplay = FountainParser.parse("INT. CAFÉ 😀 - DAY\n\nHi 😀 there [[note]]\n");
    SceneHeading heading = (SceneHeading) screenplay.elements().get(0);
    assertEquals(SourceRange.of(0, 0, 0, 18), heading.range());
    assertEquals("CAFÉ 😀", heading.location());
    // "Hi " is 3 units, the emoji 2, " there " 7: the note starts at 12 and "[[note]]" is 8 long.
    Element action = screenplay.elements().get(1);
    assertEquals(SourceRange.of(2, 12, 2, 20), action.notes().get(0).range());
    assertEquals(SourceRange.of(2, 0, 2, 20), action.range());
    assertEquals("Hi 😀 there", action.text());
  }

  @Test
  void cjkCharactersAreOneUnitEach() {
    Screenplay screenplay = FountainParser.parse("@李雷 ^\n你好。\n");
    CharacterCue cue = (CharacterCue) screenplay.elements().get(0);
    // "@李雷 ^": @ + 2 characters + space + ^ = 5 units.
    assertEquals(SourceRange.of(0, 0, 0, 5), cue.range());
    assertEquals("李雷", cue.name());
    assertEquals(SourceRange.of(1, 0, 1, 3), screenplay.elements().get(1).range());
  }

  @Test
  void aTabIsOneUnitInRangesButFourSpacesInActionText() {
    // "\tHe waits. [[x]]": tab 1 + "He waits." 9 + space 1 = 11, then "[[x]]" up to 16.
    Screenplay screenplay = FountainParser.parse("\tHe waits. [[x]]");
    Element action = screenplay.elements().get(0);
    assertEquals("    He waits.", action.text());
    assertEquals(SourceRange.of(0, 0, 0, 16), action.range());
    assertEquals(SourceRange.of(0, 11, 0, 16), action.notes().get(0).range());
  }

  @Test
  void aByteOrderMarkInTextIsInvisibleToTheRulesButCountsInColumns() {
    // The editor's line 0 starts with the mark, so "Title" starts at column 1.
    Screenplay screenplay = FountainParser.parse("\uFEFFTitle: Rain\n\nIt pours.");
    assertEquals("Rain", screenplay.titleEntry("title").orElseThrow().text());
    assertEquals(SourceRange.of(0, 1, 0, 12), screenplay.titlePage().get(0).range());
    assertEquals(SourceRange.of(2, 0, 2, 9), screenplay.elements().get(0).range());
  }

  @Test
  void aByteOrderMarkBeforeANoteLeavesTheNoteOnItsOwnLine() {
    Screenplay screenplay = FountainParser.parse("\uFEFF[[draft 3]]\nRain.");
    // The note starts after the mark, at column 1, and "[[draft 3]]" is 11 units long.
    assertEquals("note 0:1-0:12 \"draft 3\"", ElementPrinter.element(screenplay.elements().get(0)));
    assertEquals("action 1:0-1:5 \"Rain.\"", ElementPrinter.element(screenplay.elements().get(1)));
  }

  @Test
  void aLoneSurrogateIsKeptAndCountedAsOneUnit() {
    Screenplay screenplay = FountainParser.parse("BOB\uD800\nHi.\n");
    CharacterCue cue = (CharacterCue) screenplay.elements().get(0);
    assertEquals("BOB\uD800", cue.name());
    assertEquals(SourceRange.of(0, 0, 0, 4), cue.range());
  }

  @Test
  void mixedLineEndingsCountOneLineEach() {
    // CRLF, LF and a lone CR each end exactly one line.
    Screenplay screenplay = FountainParser.parse("One.\r\n\nTwo.\r\rThree.");
    assertEquals(5, screenplay.lineCount());
    assertEquals(SourceRange.of(0, 0, 0, 4), screenplay.elements().get(0).range());
    assertEquals(SourceRange.of(2, 0, 2, 4), screenplay.elements().get(1).range());
    assertEquals(SourceRange.of(4, 0, 4, 6), screenplay.elements().get(2).range());
  }
}
