package dev.scenecost.budget.usage.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerReaderTest {

  static Path resource(String name) {
    try {
      return Path.of(LedgerReaderTest.class.getResource("/usage/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsQuotedFieldsLineBreaksCrlfBomCommentsAndBlankLines() {
    Ledger ledger = LedgerReader.load(resource("pier.fountain.usage.csv"));

    assertTrue(ledger.problems().isEmpty(), ledger.problems().toString());
    List<UsageEntry> rows = ledger.entries();
    assertEquals(4, rows.size());
    // Line 1 header, 2 a comment, 3 the first row, 4 blank, 5 the second row, 6-7 the voice row
    // whose note spans two lines, 8 the last row.
    assertEquals(List.of(3, 5, 6, 8), rows.stream().map(UsageEntry::line).toList());

    UsageEntry first = rows.get(0);
    assertEquals(LocalDate.of(2026, 11, 18), first.date());
    assertEquals("1", first.scene());
    assertEquals(Modality.VIDEO, first.modality());
    assertEquals("veo-3.1-fast", first.model());
    assertEquals(40.0, first.units());
    assertEquals("seconds", first.unitKind());
    assertEquals(6.00, first.cost());
    assertEquals("first pass", first.note());
    assertNull(first.importId());

    assertEquals("Mara, character sheet", rows.get(1).note());
    assertEquals("INT. KITCHEN - NIGHT", rows.get(2).scene());
    assertEquals("take 2\nbetter \"pier\" line", rows.get(2).note());
    assertEquals("", rows.get(3).note());
    // 6.00 + 0.24 + 0.27 + 0.05 = 6.56
    assertEquals(6.56, ledger.totalCost(), 1e-9);
  }

  @Test
  void aMalformedRowIsReportedWithItsLineAndEveryGoodRowStillLoads() {
    Path file = resource("malformed.usage.csv");
    Ledger ledger = LedgerReader.load(file);

    // Lines 2 and 9 are good: 6.00 + 0.05.
    assertEquals(List.of(2, 9), ledger.entries().stream().map(UsageEntry::line).toList());
    assertEquals(6.05, ledger.totalCost(), 1e-9);

    List<LedgerProblem> problems = ledger.problems();
    assertEquals(List.of(3, 4, 5, 6, 7, 8), problems.stream().map(LedgerProblem::line).toList());
    assertTrue(problems.stream().allMatch(LedgerProblem::rowSkipped));
    assertTrue(problems.stream().allMatch(p -> p.file().equals(file)));
    assertTrue(problems.get(0).message().contains("\"18/11/2026\""));
    assertTrue(problems.get(0).message().contains("2026-11-20"), "says how to write a date");
    assertTrue(
        problems.get(1).message().contains("video, images (or keyframes, references), voice"));
    assertTrue(problems.get(2).message().contains("\"six dollars\" is not a number"));
    assertTrue(problems.get(3).message().contains("9 fields but the header has 8"));
    assertTrue(problems.get(3).message().contains("double quotes"));
    assertTrue(problems.get(4).message().contains("scene is missing"));
    assertEquals(LedgerProblem.CODE_UNCLOSED_QUOTE, problems.get(5).code());
    assertTrue(problems.get(5).toString().startsWith(file + ":8: "));
  }

  @Test
  void aHeaderWithoutACostColumnCountsNothingAndSaysWhichColumnToAdd() {
    Ledger ledger =
        LedgerReader.parse(Path.of("x.usage.csv"), "date,scene,model\n2026-11-18,1,veo\n");

    assertTrue(ledger.entries().isEmpty());
    assertEquals(1, ledger.problems().size());
    LedgerProblem problem = ledger.problems().get(0);
    assertEquals(1, problem.line());
    assertEquals(LedgerProblem.CODE_MISSING_COLUMN, problem.code());
    assertTrue(problem.message().contains("no cost column"), problem.message());
  }

  @Test
  void columnsMayComeInAnyOrderWithOtherNamesAndExtraColumns() {
    String text =
        "Cost (USD),Scene,Date,Unit_Kind,Reviewer\n"
            + "\"$1,234.50\",12,2026-11-20T14:03:00Z,seconds,Ana\n"
            + "(2.00),12,2026-11-21,,Ana\n";
    Ledger ledger = LedgerReader.parse(Path.of("x.usage.csv"), text);

    assertTrue(ledger.problems().isEmpty(), ledger.problems().toString());
    assertEquals(1234.50, ledger.entries().get(0).cost());
    assertEquals(LocalDate.of(2026, 11, 20), ledger.entries().get(0).date());
    assertEquals("seconds", ledger.entries().get(0).unitKind());
    // No modality column: the spend still counts, as "other".
    assertEquals(Modality.OTHER, ledger.entries().get(0).modality());
    // A refund written the accountant's way is negative: 1234.50 - 2.00 = 1232.50.
    assertEquals(1232.50, ledger.totalCost(), 1e-9);
  }

  @Test
  void aLedgerWithoutHeaderIsReadInTheStandardColumnOrder() {
    Ledger ledger =
        LedgerReader.parse(
            Path.of("x.usage.csv"), "2026-11-18,3,voice,tts-1,800,characters,0.012,\n");

    assertTrue(ledger.problems().isEmpty(), ledger.problems().toString());
    assertFalse(ledger.header().written());
    assertEquals(Modality.VOICE, ledger.entries().get(0).modality());
    assertEquals(0.012, ledger.entries().get(0).cost());
  }

  @Test
  void noLedgerYetMeansNothingSpent(@org.junit.jupiter.api.io.TempDir Path folder) {
    Ledger ledger = LedgerReader.load(Ledger.pathFor(folder.resolve("pier.fountain")));

    assertFalse(ledger.exists());
    assertTrue(ledger.entries().isEmpty());
    assertTrue(ledger.problems().isEmpty());
    assertEquals(folder.resolve("pier.fountain.usage.csv"), ledger.file());
  }

  @Test
  void anImportIdIsReadFromItsColumnOrFromTheNote() {
    String text =
        "date,scene,cost,note,import id\n"
            + "2026-11-18,1,1.00,,runway:aaa111\n"
            + "2026-11-18,1,1.00,from runway [import runway:bbb222],\n";
    Ledger ledger = LedgerReader.parse(Path.of("x.usage.csv"), text);

    assertEquals(java.util.Set.of("runway:aaa111", "runway:bbb222"), ledger.importIds());
  }
}
