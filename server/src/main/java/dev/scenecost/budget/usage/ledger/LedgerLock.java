package dev.scenecost.budget.usage.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A lock across processes (the command line and the editor's server appending at once), held on a
 * separate file beside the ledger, {@code .<ledger>.lock}: the ledger itself cannot carry it, since
 * every write replaces it by a rename. The lock file stays (empty) after use; removing it would let
 * a process that opened it lock a file nobody else sees. Within one JVM the caller must already
 * hold a lock of its own for the same ledger: the operating system's lock is per process.
 */
final class LedgerLock implements AutoCloseable {
  /** Longer than any append takes; a holder that keeps it longer is stuck, not busy. */
  private static final long WAIT_MILLIS = 30_000;

  private final FileChannel channel;
  private final FileLock lock;

  private LedgerLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static Path fileFor(Path ledger) {
    return ledger.resolveSibling("." + ledger.getFileName() + ".lock");
  }

  /** Waits for the lock of {@code ledger} (a path with its links resolved). */
  static LedgerLock acquire(Path ledger) throws IOException {
    FileChannel channel =
        FileChannel.open(fileFor(ledger), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
      while (true) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // held in this JVM through another channel: wait as for another process
        } catch (IOException e) {
          // Some network file systems cannot lock at all: the in-process lock and the check that
          // the ledger did not change before the rename still protect the rows.
          return new LedgerLock(channel, null);
        }
        if (lock != null) {
          return new LedgerLock(channel, lock);
        }
        if (System.nanoTime() > deadline) {
          throw new IOException(
              "Another program has been writing "
                  + ledger.getFileName()
                  + " for "
                  + WAIT_MILLIS / 1000
                  + " seconds; nothing was added. Try again once it is done.");
        }
        Thread.sleep(20);
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    } catch (InterruptedException e) {
      channel.close();
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting to write " + ledger.getFileName(), e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (lock != null) {
        lock.release();
      }
    } finally {
      channel.close();
    }
  }
}
