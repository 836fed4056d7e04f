package dev.scenecost.lsp.services;

import dev.scenecost.budget.usage.UsageAnalysis;
import dev.scenecost.budget.usage.UsageSnapshot;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The usage ledger of one analysed screenplay: {@code <script>.usage.csv} beside the file, its rows
 * tied to this version's scenes, and the calibration and forecast made from them.
 *
 * @param ledgerFile where the ledger is (or would be)
 * @param stamp the ledger file as read, to notice when it changes on disk
 * @param snapshot the rows, tied to scenes, and their problems
 * @param analysis calibration and forecast; null when there is no ledger file or the engine could
 *     not estimate this text
 */
public record DocumentUsage(
    Path ledgerFile, LedgerCache.Stamp stamp, UsageSnapshot snapshot, UsageAnalysis analysis) {

  /** True when a ledger file exists: the writer tracks spend for this screenplay. */
  public boolean tracked() {
    return snapshot.ledger().exists();
  }

  /** True when the ledger holds at least one row that was read. */
  public boolean hasSpend() {
    return !snapshot.ledger().entries().isEmpty();
  }

  public Optional<UsageAnalysis> usageAnalysis() {
    return Optional.ofNullable(analysis);
  }

  /** The ledger's URI, where its problems are published. */
  public String ledgerUri() {
    return ledgerFile.toUri().toString();
  }
}
