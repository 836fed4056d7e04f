package dev.scenecost.budget;

import dev.scenecost.budget.usage.ledger.Ledger;
import dev.scenecost.budget.usage.ledger.LedgerReader;
import java.nio.file.Path;

/** Where an analysis gets a screenplay's usage ledger: the file, or an editor's cached copy. */
@FunctionalInterface
public interface LedgerSource {
  /** Reads the ledger file every time (the command line). */
  LedgerSource FILE = LedgerReader::load;

  /** The ledger at {@code ledgerFile}, which may not exist (then an empty ledger). Never throws. */
  Ledger read(Path ledgerFile);
}
