package dev.scenecost.budget.usage;

import dev.scenecost.budget.usage.imports.ImportMapping;
import dev.scenecost.budget.usage.imports.ImportResult;
import dev.scenecost.budget.usage.imports.UsageImporter;
import dev.scenecost.budget.usage.ledger.Ledger;
import dev.scenecost.budget.usage.ledger.LedgerReader;
import dev.scenecost.budget.usage.ledger.LedgerWriter;
import dev.scenecost.budget.usage.ledger.SceneMatcher;
import dev.scenecost.budget.usage.ledger.SceneRef;
import dev.scenecost.budget.usage.ledger.UsageEntry;
import dev.scenecost.jfountain.Screenplay;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The usage ledger of a screenplay, for the command line and the language server: load it, record a
 * row, import a provider's export. Plain types only; every write is atomic and keeps a backup (see
 * {@link LedgerWriter}).
 */
public final class UsageTracker {
  private final LedgerWriter writer;

  public UsageTracker() {
    this(new LedgerWriter());
  }

  public UsageTracker(LedgerWriter writer) {
    this.writer = writer;
  }

  /** {@code <script>.usage.csv} beside the screenplay. */
  public static Path ledgerFor(Path screenplay) {
    return Ledger.pathFor(screenplay);
  }

  /** Loads the screenplay's ledger and ties each row to a scene. Never throws. */
  public UsageSnapshot load(Path screenplay, Screenplay parsed) {
    Ledger ledger = LedgerReader.load(ledgerFor(screenplay));
    return new UsageSnapshot(ledger, new SceneMatcher(SceneRef.of(parsed)).match(ledger));
  }

  /**
   * Appends rows to the screenplay's ledger (the editor's "Record usage" action) and returns them
   * with the ledger line each was written on.
   */
  public List<UsageEntry> record(Path screenplay, List<UsageEntry> entries) throws IOException {
    return writer.append(ledgerFor(screenplay), entries);
  }

  /**
   * Reads a provider's export through a mapping and appends the rows the ledger does not have yet.
   * Rows that cannot be read are in the result's problems; the rest are written.
   *
   * @param exportText the export's content (the caller reads the file, so an editor can pass a
   *     buffer)
   */
  public ImportResult importExport(
      Path export, String exportText, Path screenplay, ImportMapping mapping) throws IOException {
    Ledger ledger = LedgerReader.load(ledgerFor(screenplay));
    ImportResult result = new UsageImporter(mapping).read(export, exportText, ledger.importIds());
    if (result.entries().isEmpty()) {
      return result;
    }
    List<UsageEntry> written = writer.append(ledgerFor(screenplay), result.entries());
    return new ImportResult(
        written, result.alreadyImported(), result.otherProjects(), result.problems());
  }
}
