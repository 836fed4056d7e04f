package dev.scenecost.budget.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180 quoting, CRLF, formulas defused, numbers left as numbers. */
class CsvTableTest {

  @Test
  void quotesWhatNeedsItAndEndsEveryLineWithCrLf() {
    assertEquals(
        "heading,cost\r\n\"INT. A, B - DAY\",2.60\r\n\"She said \"\"hi\"\"\",0.00\r\n",
        CsvTable.write(
            List.of("heading", "cost"),
            List.of(List.of("INT. A, B - DAY", "2.60"), List.of("She said \"hi\"", "0.00"))));
  }

  @Test
  void defusesFormulasButNotNegativeNumbers() {
    assertEquals("'=SUM(A1)", CsvTable.guard("=SUM(A1)"));
    assertEquals("'+1 555 0100", CsvTable.guard("+1 555 0100"));
    assertEquals("'@cmd", CsvTable.guard("@cmd"));
    assertEquals("'-rm", CsvTable.guard("-rm"));
    assertEquals("-5.00", CsvTable.guard("-5.00"));
    assertEquals("12", CsvTable.guard("12"));
  }

  @Test
  void aLineBreakInACellBecomesASpace() {
    assertEquals("INT. HALL DAY", CsvTable.guard("INT. HALL\r\nDAY"));
    assertEquals(
        "a,b\r\nx y,z\r\n", CsvTable.write(List.of("a", "b"), List.of(List.of("x\ny", "z"))));
  }
}
