package dev.scenecost.budget.usage.imports;

import dev.scenecost.budget.usage.ledger.LedgerProblem;
import dev.scenecost.budget.usage.ledger.UsageEntry;
import java.util.List;

/**
 * What reading a provider's export gave.
 *
 * @param entries new rows for the ledger, each with its import id
 * @param alreadyImported rows skipped because the ledger already has them
 * @param otherProjects rows skipped because the mapping's scene pattern does not match them
 * @param problems rows that could not be read (skipped), or a problem with the whole export (line 0
 *     or the header's line)
 */
public record ImportResult(
    List<UsageEntry> entries,
    int alreadyImported,
    int otherProjects,
    List<LedgerProblem> problems) {
  public ImportResult {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  public double cost() {
    return entries.stream().mapToDouble(UsageEntry::cost).sum();
  }
}
