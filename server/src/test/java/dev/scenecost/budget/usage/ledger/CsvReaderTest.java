package dev.scenecost.budget.usage.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() {
    List<CsvRecord> records =
        CsvReader.read("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx\r\n");

    assertEquals(2, records.size());
    assertEquals(List.of("a", "b,c", "say \"hi\"", "two\nlines"), records.get(0).fields());
    assertEquals(1, records.get(0).line());
    // The first record spans lines 1 and 2, so the next one starts on line 3.
    assertEquals(3, records.get(1).line());
  }

  @Test
  void everyLineEndCountsAndTheByteOrderMarkIsDropped() {
    List<CsvRecord> records = CsvReader.read("\uFEFFa,b\rc,d\ne,f\r\n");

    assertEquals(List.of("a", "b"), records.get(0).fields());
    assertEquals(List.of(1, 2, 3), records.stream().map(CsvRecord::line).toList());
  }

  @Test
  void blankLinesAndCommentsAreSkippedButKeepTheirLineNumbers() {
    List<CsvRecord> records = CsvReader.read("a\n\n# a comment\n  \nb\n,,\n");

    assertEquals(2, records.size());
    assertEquals(5, records.get(1).line());
  }

  @Test
  void providerExportsHaveNoComments() {
    List<CsvRecord> records = CsvReader.readWithoutComments("#,Date\n1,2026-11-18\n");

    assertEquals(List.of("#", "Date"), records.get(0).fields());
  }

  @Test
  void anUnclosedQuoteSpoilsOnlyItsOwnLine() {
    List<CsvRecord> records = CsvReader.read("a,\"broken\nb,c\nd,e\n");

    assertEquals(3, records.size());
    assertTrue(records.get(0).unclosedQuote());
    assertEquals(List.of("a,\"broken"), records.get(0).fields());
    assertFalse(records.get(1).unclosedQuote());
    assertEquals(List.of("b", "c"), records.get(1).fields());
    assertEquals(2, records.get(1).line());
  }

  @Test
  void writerAndReaderRoundTrip() {
    List<String> fields =
        List.of("2026-11-18", " padded ", "a,b", "say \"x\"", "# not a comment", "l1\nl2");

    assertEquals(
        List.of(fields),
        CsvReader.read(CsvWriter.row(fields) + "\r\n").stream().map(CsvRecord::fields).toList());
  }
}
