package dev.scenecost.lsp.services;

import dev.scenecost.budget.usage.ledger.Ledger;
import dev.scenecost.budget.usage.ledger.LedgerReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The usage ledgers of the open screenplays, read once and again only when the file changes:
 * re-estimating after a keystroke matches the rows to the new scenes without reading the disk. A
 * change is noticed from the file watcher ({@link #forget}) or, for editors that cannot watch
 * files, from the file's modification time and size, checked with one file-system call.
 */
final class LedgerCache {
  /** When and how big the ledger was as read; {@link #MISSING} when there was none. */
  record Stamp(long modifiedMillis, long size) {
    static final Stamp MISSING = new Stamp(-1, -1);

    static Stamp of(Path file) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size());
      } catch (NoSuchFileException e) {
        return MISSING;
      } catch (IOException | RuntimeException e) {
        // Unreadable attributes: a stamp that never matches, so the reader reports the problem.
        return new Stamp(-2, System.nanoTime());
      }
    }
  }

  /** A ledger as read, with the stamp of the file it was read from. */
  record Read(Ledger ledger, Stamp stamp) {}

  private final Map<Path, Read> byFile = new ConcurrentHashMap<>();

  /** The ledger at {@code file}, read again when its stamp changed. Never throws. */
  Read read(Path file) {
    Path key = file.toAbsolutePath().normalize();
    Stamp now = Stamp.of(key);
    return byFile.compute(
        key,
        (path, cached) ->
            cached != null && cached.stamp().equals(now)
                ? cached
                : new Read(LedgerReader.load(file), now));
  }

  /** True when the file is no longer what {@code stamp} describes. */
  boolean changedSince(Path file, Stamp stamp) {
    return !Stamp.of(file.toAbsolutePath().normalize()).equals(stamp);
  }

  /** The watcher said the ledger changed, or the server wrote it: read it again next time. */
  void forget(Path file) {
    byFile.remove(file.toAbsolutePath().normalize());
  }

  void forgetAll() {
    byFile.clear();
  }
}
