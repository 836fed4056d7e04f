package dev.scenecost.budget.estimate;

import dev.scenecost.budget.estimate.memo.SizedMemo;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts o200k_base tokens, memoised by text: re-estimating after an edit only tokenizes the chunks
 * whose text changed. Thread-safe. The memo is bounded by size ({@link #DEFAULT_MAX_BYTES}), least
 * recently used texts going first, so a long editing session levels off instead of growing.
 */
public final class TokenCounter {
  /**
   * 4 MB: the pieces of a 120-page feature take about 0.3 MB by this count, so several screenplays
   * and a long session of edits fit before anything still in use is evicted.
   */
  public static final long DEFAULT_MAX_BYTES = 4L << 20;

  /** Heap bytes of a memo entry besides its text: map entry, key and value objects. */
  private static final int ENTRY_BYTES = 40 + 40 + 16;

  private static volatile O200kCounter o200k;

  private final SizedMemo<String, Integer> memo;
  private final AtomicLong misses = new AtomicLong();

  public TokenCounter() {
    this(DEFAULT_MAX_BYTES);
  }

  public TokenCounter(long maxBytes) {
    this.memo = new SizedMemo<>(maxBytes);
  }

  public int count(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    Integer known = memo.get(text);
    if (known != null) {
      return known;
    }
    misses.incrementAndGet();
    int tokens = o200k().count(text);
    memo.put(text, tokens, ENTRY_BYTES + text.length());
    return tokens;
  }

  /** Texts tokenized so far (not served from the memo); for tests and benchmarks. */
  public long tokenizations() {
    return misses.get();
  }

  public int memoSize() {
    return memo.size();
  }

  /** The approximate heap bytes the memo holds, at most its bound. */
  public long memoBytes() {
    return memo.bytes();
  }

  /**
   * Starts reading the o200k vocabulary on a background thread, so that it overlaps the rest of a
   * server's start (class loading, the editor's handshake) instead of delaying the first estimate.
   */
  public static void loadInBackground() {
    Thread loader =
        new Thread(
            () -> {
              try {
                o200k();
              } catch (RuntimeException e) {
                // The first count reads it again and reports the failure where it can.
              }
            },
            "scenecost-tokenizer-load");
    loader.setDaemon(true);
    loader.start();
  }

  private static O200kCounter o200k() {
    O200kCounter result = o200k;
    if (result == null) {
      synchronized (TokenCounter.class) {
        result = o200k;
        if (result == null) {
          result = O200kCounter.load();
          o200k = result;
        }
      }
    }
    return result;
  }
}
