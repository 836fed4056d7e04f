package dev.scenecost.budget.estimate.memo;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A memo bounded by the approximate heap bytes of what it holds, not by its number of entries: the
 * least recently used entries go first when a new one would pass the bound. A long editing session
 * (every keystroke makes a new scene text) therefore levels off at the bound instead of growing,
 * and a screenplay of 20,000 scenes does not empty it on every estimate as a count would.
 * Thread-safe; every operation is short and holds one lock. (Caffeine's weigher does this too, but
 * is not among the project's dependencies, and this is all the server needs.)
 *
 * @param <K> the key, whose {@code hashCode} should be cheap (a string caches its own)
 * @param <V> the remembered value
 */
public final class SizedMemo<K, V> {
  private final long maxBytes;
  private final LinkedHashMap<K, Sized<V>> entries = new LinkedHashMap<>(256, 0.75f, true);
  private final BiConsumer<K, V> onEvict;
  private long bytes;

  private record Sized<V>(V value, long bytes) {}

  /**
   * @param maxBytes the bound; an entry bigger than it on its own is not kept
   * @param onEvict told of each entry evicted to make room (under the memo's lock: keep it short)
   */
  public SizedMemo(long maxBytes, BiConsumer<K, V> onEvict) {
    this.maxBytes = maxBytes;
    this.onEvict = onEvict;
  }

  public SizedMemo(long maxBytes) {
    this(maxBytes, (k, v) -> {});
  }

  /** The value remembered for the key, now the most recently used; null if none. */
  public synchronized V get(K key) {
    Sized<V> sized = entries.get(key);
    return sized == null ? null : sized.value();
  }

  /**
   * Remembers a value, replacing any for the same key, evicting the least recently used entries
   * while the total would pass the bound.
   *
   * @param bytes the approximate heap bytes of key and value together
   */
  public synchronized void put(K key, V value, long bytes) {
    Sized<V> previous = entries.remove(key);
    if (previous != null) {
      this.bytes -= previous.bytes();
    }
    if (bytes > maxBytes) {
      return;
    }
    Iterator<Map.Entry<K, Sized<V>>> eldest = entries.entrySet().iterator();
    while (this.bytes + bytes > maxBytes && eldest.hasNext()) {
      Map.Entry<K, Sized<V>> evicted = eldest.next();
      eldest.remove();
      this.bytes -= evicted.getValue().bytes();
      onEvict.accept(evicted.getKey(), evicted.getValue().value());
    }
    entries.put(key, new Sized<>(value, bytes));
    this.bytes += bytes;
  }

  public synchronized void remove(K key) {
    Sized<V> removed = entries.remove(key);
    if (removed != null) {
      bytes -= removed.bytes();
    }
  }

  public synchronized int size() {
    return entries.size();
  }

  /** The approximate bytes held, never more than the bound. */
  public synchronized long bytes() {
    return bytes;
  }

  public long maxBytes() {
    return maxBytes;
  }
}
