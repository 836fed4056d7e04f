package dev.scenecost.budget.usage.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: a hand-edited ledger loses no row, and no amount is taken one way silently. */
class LedgerLeniencyTest {
  private static final Path FILE = Path.of("pier.fountain.usage.csv");
  private static final String HEADER = "date,scene,modality,model,units,unit kind,cost,note\n";

  private static Ledger parse(String rows) {
    return LedgerReader.parse(FILE, HEADER + rows);
  }

  private static List<Integer> lines(Ledger ledger) {
    return ledger.entries().stream().map(UsageEntry::line).toList();
  }

  @Test
  void unbalancedQuoteInALedgerRowNoLongerSwallowsTheRowsAfterIt() {
    Ledger ledger =
        parse(
            "2026-11-20,1,video,veo,,,1.00,\"oops,\n"
                + "2026-11-20,2,video,veo,,,10.00,ok,\n"
                + "2026-11-20,3,video,veo,,,100.00,\"a, b\",\n");

    // Line 2 is the slip: reported, not counted; lines 3 and 4 count as usual: 10 + 100.
    assertEquals(List.of(3, 4), lines(ledger));
    assertEquals(110.0, ledger.totalCost(), 1e-9);
    assertEquals(1, ledger.problems().size(), ledger.problems().toString());
    LedgerProblem problem = ledger.problems().get(0);
    assertEquals(2, problem.line());
    assertEquals(LedgerProblem.CODE_UNCLOSED_QUOTE, problem.code());
    assertEquals("a, b", ledger.entries().get(1).note());
  }

  @Test
  void aQuotedNoteMaySpanLinesWhenItClosesLikeAField() {
    Ledger ledger =
        parse(
            "2026-11-20,1,video,veo,,,1.00,\"take 2\nbetter\"\n"
                + "2026-11-20,2,video,veo,,,10.00,ok\n");

    assertEquals(List.of(2, 4), lines(ledger));
    assertEquals("take 2\nbetter", ledger.entries().get(0).note());
    assertTrue(ledger.problems().isEmpty(), ledger.problems().toString());
  }

  @Test
  void anImportedRowCaughtByASlipIsNotImportedAgain() {
    Ledger ledger =
        parse(
            "2026-11-20,1,video,veo,,,1.00,\"oops [import runway:7]\n"
                + "2026-11-20,2,video,veo,,,10.00,[import runway:8]\n");

    assertEquals(List.of(3), lines(ledger));
    assertEquals(java.util.Set.of("runway:7", "runway:8"), ledger.importIds());
  }

  @Test
  void hugeLedgerCostIsReportedNotSaturated() {
    Ledger ledger = parse("2026-11-20,1,video,veo,,,1e308,\n" + "2026-11-20,2,video,veo,,,2.50,\n");

    assertEquals(List.of(3), lines(ledger));
    assertEquals(2.5, ledger.totalCost(), 1e-9);
    assertEquals(
        "The cost \"1e308\" is more than 1000000000000, the most Scenecost counts, so the row was"
            + " skipped. Check the amount.",
        ledger.problems().get(0).message());
  }

  @Test
  void decimalCommaIsReadAsADecimalPointWithAHintNeverScaled() {
    Ledger ledger =
        parse(
            "2026-11-20,1,video,veo,,,\"1,5\",\n"
                + "2026-11-20,2,video,veo,,,\"1,500\",\n"
                + "2026-11-20,3,video,veo,,,\"1.234,56\",\n"
                + "2026-11-20,4,video,veo,,,2.25,\n");

    assertEquals(
        List.of(1.5, 1500.0, 1234.56, 2.25),
        ledger.entries().stream().map(UsageEntry::cost).toList());
    List<LedgerProblem> hints = ledger.problems();
    assertEquals(3, hints.size(), hints.toString());
    assertTrue(hints.stream().noneMatch(LedgerProblem::rowSkipped));
    assertTrue(hints.stream().allMatch(p -> p.code().equals(LedgerProblem.CODE_COMMA_IN_AMOUNT)));
    assertEquals(
        "The cost \"1,5\" was read as 1.5: the comma as a decimal point. Write 1.5 to say so"
            + " plainly.",
        hints.get(0).message());
    assertEquals(
        "The cost \"1,500\" was read as 1500: the comma, followed by three digits, as a thousands"
            + " separator. Write 1500 to say so plainly.",
        hints.get(1).message());
    assertEquals(4, hints.get(2).line());
  }

  @Test
  void aCommaThatFitsNeitherReadingIsAMalformedRow() {
    Ledger ledger = parse("2026-11-20,1,video,veo,,,\"1,2,3\",\n");

    assertEquals(List.of(), ledger.entries());
    assertTrue(ledger.problems().get(0).rowSkipped());
  }
}
