package dev.scenecost.budget.estimate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts o200k_base tokens exactly as JTokkit's {@code countTokensOrdinary} does, from JTokkit's
 * own vocabulary file, held in three arrays instead of JTokkit's maps.
 *
 * <p>Why not JTokkit's {@code Encoding}: it builds about 600,000 small objects (three maps of
 * 200,000 entries, boxed ranks, wrapped byte arrays). On a server's cold start that was about 0.6 s
 * of CPU and 0.24 s of stop-the-world collections copying them, while the rest of the start waited,
 * and 25-30 MB of heap for as long as the server runs. Here the vocabulary is one byte array of
 * token bytes, their offsets and an open-addressing table of ranks (about 5 MB, read in a few tens
 * of milliseconds). The split pattern and the merge rule are tiktoken's, which JTokkit follows;
 * {@code O200kCounterTest} and {@code O200kCounterFuzzTest} hold the two counts equal.
 */
final class O200kCounter {
  /** The vocabulary JTokkit ships; the server jar keeps only this one (server/pom.xml). */
  static final String VOCABULARY = "/com/knuddels/jtokkit/o200k_base.tiktoken";

  /**
   * tiktoken's o200k_base pre-tokenizer, as JTokkit 1.1 compiles it (with {@link
   * Pattern#UNICODE_CHARACTER_CLASS}). The text is split by it, and each piece is encoded alone.
   */
  private static final Pattern PIECES =
      Pattern.compile(
          String.join(
              "|",
              "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
              "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
              "\\p{N}{1,3}",
              " ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*",
              "\\s*[\\r\\n]+",
              "\\s+(?!\\S)",
              "\\s+"),
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final int NO_RANK = Integer.MAX_VALUE;

  /** Every token's bytes, one after another, in rank order. */
  private final byte[] tokenBytes;

  /** Token {@code r} is {@code tokenBytes[starts[r] .. starts[r + 1])}. */
  private final int[] starts;

  /** Open addressing, linear probing: rank + 1 of the token whose bytes hash here, 0 if empty. */
  private final int[] slots;

  private final int slotMask;

  private O200kCounter(byte[] tokenBytes, int[] starts, int tokenCount) {
    this.tokenBytes = tokenBytes;
    this.starts = starts;
    int capacity = Integer.highestOneBit(tokenCount * 2 - 1) << 1; // load factor at most 1/2
    this.slots = new int[capacity];
    this.slotMask = capacity - 1;
    for (int rank = 0; rank < tokenCount; rank++) {
      int slot = hash(tokenBytes, starts[rank], starts[rank + 1]) & slotMask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & slotMask;
      }
      slots[slot] = rank + 1;
    }
  }

  /** Reads the vocabulary from the classpath; an unreadable one is a broken installation. */
  static O200kCounter load() {
    try (InputStream in = O200kCounter.class.getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        throw new IllegalStateException(
            "The o200k_base vocabulary ("
                + VOCABULARY
                + ") is missing from the server's jar: reinstall Scenecost.");
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the o200k_base vocabulary", e);
    }
  }

  /**
   * The tiktoken format: a line per token, its bytes in base64, a space, its rank. Ranks run 0, 1,
   * 2... in line order, so a token's rank is its line number, checked here.
   */
  static O200kCounter parse(byte[] file) {
    int lines = 0;
    for (byte b : file) {
      if (b == '\n') {
        lines++;
      }
    }
    byte[] bytes = new byte[file.length]; // decoded base64 is shorter than the file
    int[] starts = new int[lines + 2];
    int written = 0;
    int rank = 0;
    int at = 0;
    while (at < file.length) {
      int space = at;
      while (space < file.length && file[space] != ' ') {
        space++;
      }
      int lineEnd = space;
      while (lineEnd < file.length && file[lineEnd] != '\n') {
        lineEnd++;
      }
      if (space == lineEnd || parseRank(file, space + 1, lineEnd) != rank) {
        throw new IllegalStateException(
            "The o200k_base vocabulary is damaged at line "
                + (rank + 1)
                + ": reinstall Scenecost.");
      }
      starts[rank] = written;
      written = decodeBase64(file, at, space, bytes, written);
      rank++;
      at = lineEnd + 1;
    }
    if (rank == 0) {
      throw new IllegalStateException("The o200k_base vocabulary is empty: reinstall Scenecost.");
    }
    starts[rank] = written;
    return new O200kCounter(Arrays.copyOf(bytes, written), Arrays.copyOf(starts, rank + 1), rank);
  }

  /** The number of o200k_base tokens in {@code text}, special tokens counted as ordinary text. */
  int count(String text) {
    int tokens = 0;
    Matcher pieces = PIECES.matcher(text);
    while (pieces.find()) {
      tokens += countPiece(pieces.group().getBytes(StandardCharsets.UTF_8));
    }
    return tokens;
  }

  /**
   * Byte-pair encoding of one piece: start from single bytes and keep merging the adjacent pair
   * whose merge has the lowest rank, the leftmost of equals, until no adjacent pair is a token. A
   * heap of (rank, position) finds that pair in log time, so that a long run of punctuation or
   * spaces costs n log n rather than n squared; a heap entry whose pair has changed since is
   * skipped.
   */
  int countPiece(byte[] piece) {
    int length = piece.length;
    if (length <= 1 || rank(piece, 0, length) != NO_RANK) {
      return length == 0 ? 0 : 1;
    }
    int[] next = new int[length]; // the start of the part after the one starting here
    int[] previous = new int[length];
    int[] pairRank = new int[length]; // rank of this part merged with the next one
    long[] heap = new long[3 * length];
    int heapSize = 0;
    for (int i = 0; i < length; i++) {
      next[i] = i + 1;
      previous[i] = i - 1;
      pairRank[i] = i + 2 <= length ? rank(piece, i, i + 2) : NO_RANK;
      if (pairRank[i] != NO_RANK) {
        heapSize = push(heap, heapSize, pairRank[i], i);
      }
    }
    int parts = length;
    while (heapSize > 0) {
      long top = heap[0];
      heapSize = pop(heap, heapSize);
      int at = (int) top;
      int rank = (int) (top >>> 32);
      if (pairRank[at] != rank) {
        continue; // merged away, or its pair has changed since
      }
      int merged = next[at];
      int after = next[merged];
      next[at] = after;
      if (after < length) {
        previous[after] = at;
      }
      pairRank[merged] = NO_RANK;
      parts--;
      pairRank[at] = after < length ? rank(piece, at, next[after]) : NO_RANK;
      if (pairRank[at] != NO_RANK) {
        heapSize = push(heap, heapSize, pairRank[at], at);
      }
      int before = previous[at];
      if (before >= 0) {
        pairRank[before] = rank(piece, before, after);
        if (pairRank[before] != NO_RANK) {
          heapSize = push(heap, heapSize, pairRank[before], before);
        }
      }
    }
    return parts;
  }

  private int rank(byte[] piece, int from, int to) {
    int slot = hash(piece, from, to) & slotMask;
    int length = to - from;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return NO_RANK;
      }
      int rank = entry - 1;
      int start = starts[rank];
      if (starts[rank + 1] - start == length
          && Arrays.equals(tokenBytes, start, start + length, piece, from, to)) {
        return rank;
      }
      slot = (slot + 1) & slotMask;
    }
  }

  /** FNV-1a, then mixed so that linear probing sees its high bits too. */
  private static int hash(byte[] bytes, int from, int to) {
    int hash = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      hash = (hash ^ (bytes[i] & 0xff)) * 0x01000193;
    }
    return hash ^ (hash >>> 16);
  }

  /** Heap entries order by rank, then by position: the leftmost of equal ranks merges first. */
  private static int push(long[] heap, int size, int rank, int position) {
    long entry = ((long) rank << 32) | position;
    int at = size;
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (heap[parent] <= entry) {
        break;
      }
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = entry;
    return size + 1;
  }

  private static int pop(long[] heap, int size) {
    int last = size - 1;
    long entry = heap[last];
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= last) {
        break;
      }
      if (child + 1 < last && heap[child + 1] < heap[child]) {
        child++;
      }
      if (entry <= heap[child]) {
        break;
      }
      heap[at] = heap[child];
      at = child;
    }
    if (last > 0) {
      heap[at] = entry;
    }
    return last;
  }

  private static int parseRank(byte[] file, int from, int to) {
    if (from >= to || to - from > 9) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = file[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static final byte[] BASE64 = new byte[128];

  static {
    Arrays.fill(BASE64, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      BASE64[alphabet.charAt(i)] = (byte) i;
    }
  }

  /**
   * Decodes standard base64 with padding straight into {@code out}: java.util.Base64 would need a
   * new array per token, 200,000 of them. Returns where the decoded bytes end.
   */
  private static int decodeBase64(byte[] in, int from, int to, byte[] out, int at) {
    int bits = 0;
    int bitCount = 0;
    for (int i = from; i < to; i++) {
      int c = in[i];
      if (c == '=') {
        break;
      }
      int value = c >= 0 && c < 128 ? BASE64[c] : -1;
      if (value < 0) {
        throw new IllegalStateException(
            "The o200k_base vocabulary is damaged: reinstall Scenecost.");
      }
      bits = (bits << 6) | value;
      bitCount += 6;
      if (bitCount >= 8) {
        bitCount -= 8;
        out[at++] = (byte) (bits >> bitCount);
      }
    }
    return at;
  }
}
