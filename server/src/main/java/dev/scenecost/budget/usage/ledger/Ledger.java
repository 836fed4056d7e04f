package dev.scenecost.budget.usage.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A usage ledger as loaded: every good row, and a problem for every row that could not be read.
 *
 * @param file where the ledger lives ({@code <script>.usage.csv})
 * @param exists false when there is no ledger yet (nothing spent)
 * @param header the ledger's columns (the standard ones for a ledger that does not exist yet)
 * @param entries the rows that were read, in file order
 * @param problems rows that were not counted, with line and fix, and hints on rows that were
 * @param unreadImportIds import ids found in rows that could not be read: still in the file, so a
 *     re-import must not add them again
 */
public record Ledger(
    Path file,
    boolean exists,
    LedgerHeader header,
    List<UsageEntry> entries,
    List<LedgerProblem> problems,
    Set<String> unreadImportIds) {

  public Ledger {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
    unreadImportIds = Set.copyOf(unreadImportIds);
  }

  public Ledger(
      Path file,
      boolean exists,
      LedgerHeader header,
      List<UsageEntry> entries,
      List<LedgerProblem> problems) {
    this(file, exists, header, entries, problems, Set.of());
  }

  /**
   * The ledger beside a screenplay: {@code pier.fountain} keeps {@code pier.fountain.usage.csv}.
   */
  public static Path pathFor(Path screenplay) {
    return screenplay.resolveSibling(screenplay.getFileName() + ".usage.csv");
  }

  /** Where the previous version of the ledger is kept after every write. */
  public static Path backupPathFor(Path ledgerFile) {
    return ledgerFile.resolveSibling(ledgerFile.getFileName() + ".bak");
  }

  /** The import ids already in the ledger, so a re-import adds nothing twice. */
  public Set<String> importIds() {
    return java.util.stream.Stream.concat(
            entries.stream().map(UsageEntry::importId), unreadImportIds.stream())
        .filter(id -> id != null && !id.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Everything spent, rows for unknown scenes included. */
  public double totalCost() {
    return entries.stream().mapToDouble(UsageEntry::cost).sum();
  }
}
