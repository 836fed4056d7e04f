package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlePageTest {

  @Test
  void entriesAreFoundByKeyIgnoringCaseAndSpaces() {
    Screenplay screenplay = FountainParser.parse("Title: Rain\nDraft date: 1 May\n\nIt pours.");
    assertEquals("1 May", screenplay.titleEntry(" draft DATE ").orElseThrow().text());
    assertTrue(screenplay.titleEntry("Author").isEmpty());
    assertEquals(1, screenplay.elements().size());
  }

  @Test
  void indentedLinesAreOneValueEachAndJoinWithLineBreaks() {
    Screenplay screenplay =
        FountainParser.parse("Contact:\n   Ana Ruiz\n\t12 Elm St.\n   Springfield\n\nAction.");
    TitleEntry contact = screenplay.titleEntry("Contact").orElseThrow();
    assertEquals(List.of("Ana Ruiz", "12 Elm St.", "Springfield"), contact.values());
    assertEquals("Ana Ruiz\n12 Elm St.\nSpringfield", contact.text());
    // From the key to the end of "   Springfield" (3 + 11 = 14) on line 3.
    assertEquals(SourceRange.of(0, 0, 3, 14), contact.range());
  }

  @Test
  void aLineUnderAKeyThatIsNotIndentedIsStillKeptAsAValue() {
    Screenplay screenplay = FountainParser.parse("Title: Rain\nand more rain\n\nAction.");
    assertEquals(List.of("Rain", "and more rain"), screenplay.titlePage().get(0).values());
  }

  @Test
  void aScriptStartingWithActionHasNoTitlePage() {
    Screenplay screenplay = FountainParser.parse("The sun rises: slowly.\n\nINT. HOUSE - DAY\n");
    assertTrue(screenplay.titlePage().isEmpty());
    assertEquals("The sun rises: slowly.", screenplay.elements().get(0).text());
  }

  @Test
  void aHeadingWithAColonIsNotATitleKey() {
    Screenplay screenplay = FountainParser.parse("INT. HOUSE: ATTIC - DAY\n\nDust.");
    assertTrue(screenplay.titlePage().isEmpty());
    assertEquals(1, screenplay.scenes().size());
  }

  @Test
  void aFileWithOnlyATitlePageHasNoBody() {
    Screenplay screenplay = FountainParser.parse("Title: Rain\nAuthor: Ana\n");
    assertEquals(2, screenplay.titlePage().size());
    assertTrue(screenplay.elements().isEmpty());
  }
}
