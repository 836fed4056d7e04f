package dev.scenecost.budget.usage.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scenecost.budget.config.SettingRanges;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the ledger reader (Jazzer): whatever the text, every record is either
 * counted or reported with its line, and every counted cost is a finite amount within range. Saved
 * inputs replay in {@code mvn verify}; {@code -Pfuzz} searches for new ones.
 */
class LedgerFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void ledgerText(byte[] input) {
    String text = LedgerReader.decode(input);
    Ledger ledger = LedgerReader.parse(Path.of("fuzz.usage.csv"), text);

    List<CsvRecord> records = CsvReader.read(text);
    Optional<LedgerHeader> header =
        records.isEmpty() ? Optional.empty() : LedgerHeader.fromRecord(records.get(0));
    boolean noColumns =
        ledger.problems().stream()
            .anyMatch(p -> p.code().equals(LedgerProblem.CODE_MISSING_COLUMN));
    if (!noColumns) {
      long skipped = ledger.problems().stream().filter(LedgerProblem::rowSkipped).count();
      int rows = records.size() - (header.isPresent() ? 1 : 0);
      assertEquals(rows, ledger.entries().size() + skipped, "every row counted or reported");
    }
    for (UsageEntry entry : ledger.entries()) {
      assertTrue(
          Double.isFinite(entry.cost()) && Math.abs(entry.cost()) <= SettingRanges.MAX_MONEY,
          "cost " + entry.cost());
      assertTrue(entry.units() == null || Double.isFinite(entry.units()), "units");
    }
    for (LedgerProblem problem : ledger.problems()) {
      assertTrue(problem.line() >= 0, problem.toString());
    }
  }
}
