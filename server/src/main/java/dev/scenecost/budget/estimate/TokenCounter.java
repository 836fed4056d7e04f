package dev.scenecost.budget.estimate;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts o200k_base tokens, memoised by text: re-estimating after an edit only tokenizes the chunks
 * whose text changed. Thread-safe. The memo is cleared when it grows past {@code maxEntries}, so a
 * long editing session cannot grow it without bound.
 */
public final class TokenCounter {
  private static final int DEFAULT_MAX_ENTRIES = 50_000;
  private static volatile Encoding encoding;

  private final ConcurrentHashMap<String, Integer> memo = new ConcurrentHashMap<>();
  private final int maxEntries;
  private final AtomicLong misses = new AtomicLong();

  public TokenCounter() {
    this(DEFAULT_MAX_ENTRIES);
  }

  public TokenCounter(int maxEntries) {
    this.maxEntries = maxEntries;
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
    int tokens = encoding().countTokensOrdinary(text);
    if (memo.size() >= maxEntries) {
      memo.clear();
    }
    memo.put(text, tokens);
    return tokens;
  }

  /** Texts tokenized so far (not served from the memo); for tests and benchmarks. */
  public long tokenizations() {
    return misses.get();
  }

  public int memoSize() {
    return memo.size();
  }

  private static Encoding encoding() {
    Encoding result = encoding;
    if (result == null) {
      synchronized (TokenCounter.class) {
        result = encoding;
        if (result == null) {
          // The lazy registry reads only the vocabulary asked for: the default one loads all
          // four (about 1 s of a cold start) and the jar ships only o200k_base (server/pom.xml).
          result = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
          encoding = result;
        }
      }
    }
    return result;
  }
}
