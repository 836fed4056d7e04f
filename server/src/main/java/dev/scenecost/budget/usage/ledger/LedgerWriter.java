package dev.scenecost.budget.usage.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Adds rows to a usage ledger without ever rewriting what is there: the new ledger is the old one
 * byte for byte (comments, extra columns, quoting and line ends as the writer left them) followed
 * by the new rows. It replaces the old one atomically, and the old one is kept as {@code .bak}.
 * Appends from several processes take turns through {@link LedgerLock}; a linked ledger is written
 * through its link; text that a spreadsheet would run as a formula is written as text ({@link
 * SpreadsheetCells}).
 */
public final class LedgerWriter {
  private static final int ATTEMPTS = 3;
  private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private final UnaryOperator<OutputStream> streams;

  /** The writer used by the editor and the command line. */
  public LedgerWriter() {
    this(UnaryOperator.identity());
  }

  /** For tests: wraps the stream the new ledger is written to, e.g. to fail half way. */
  LedgerWriter(UnaryOperator<OutputStream> streams) {
    this.streams = streams;
  }

  /**
   * Appends {@code entries} to the ledger at {@code file}, creating it with a header row if needed,
   * and returns the entries with the line each now starts on.
   *
   * @throws IOException when the ledger cannot be written, or changed on disk three times while
   *     this write was preparing (someone else is writing it); the ledger is then as it was
   */
  public List<UsageEntry> append(Path file, List<UsageEntry> entries) throws IOException {
    Path absolute = AtomicFiles.followLinks(file);
    // Threads of this JVM first, then other processes: the file lock is held per process.
    synchronized (LOCKS.computeIfAbsent(absolute, p -> new Object())) {
      try (LedgerLock lock = LedgerLock.acquire(absolute)) {
        removeLeftovers(absolute);
        return appendLocked(file, absolute, entries);
      }
    }
  }

  /**
   * Temporary files of writes that were interrupted (a crash, a kill): with the lock held no write
   * is under way, so every one is a leftover. The ledger itself is whole either way.
   */
  private static void removeLeftovers(Path ledger) throws IOException {
    for (Path leftover : AtomicFiles.leftoverTemporaryFiles(ledger)) {
      Files.deleteIfExists(leftover);
    }
  }

  private List<UsageEntry> appendLocked(Path file, Path absolute, List<UsageEntry> entries)
      throws IOException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      byte[] before = readOrEmpty(absolute);
      Addition addition = addition(absolute, before, entries);
      boolean written =
          AtomicFiles.replace(
              absolute,
              out -> {
                OutputStream target = streams.apply(out);
                target.write(before);
                target.write(addition.bytes());
                target.flush();
              },
              () -> Arrays.equals(before, readOrEmpty(absolute)) && backUp(absolute, before));
      if (written) {
        return addition.placed();
      }
    }
    throw new IOException(
        file
            + " kept changing while Scenecost was adding to it; nothing was added. Save or "
            + "close the ledger in other programs and try again.");
  }

  private record Addition(byte[] bytes, List<UsageEntry> placed) {}

  private static Addition addition(Path file, byte[] before, List<UsageEntry> entries)
      throws IOException {
    String old = LedgerReader.decode(before);
    Ledger ledger = LedgerReader.parse(file, old);
    LedgerHeader header = ledger.header();
    List<LedgerColumn> missing =
        header.missing(LedgerColumn.DATE, LedgerColumn.SCENE, LedgerColumn.COST);
    if (!missing.isEmpty()) {
      throw new IOException(
          file
              + " has no "
              + String.join(" or ", missing.stream().map(LedgerColumn::title).toList())
              + " column in its first line, so "
              + "a new row would lose it; nothing was added. Add the column to the header row.");
    }
    String lineEnd = old.contains("\r\n") || !old.contains("\n") ? "\r\n" : "\n";
    StringBuilder text = new StringBuilder();
    if (!old.isEmpty() && !old.endsWith("\n") && !old.endsWith("\r")) {
      text.append(lineEnd);
    }
    if (!header.written() && CsvReader.read(old).isEmpty()) {
      text.append(CsvWriter.row(LedgerHeader.standardTitles())).append(lineEnd);
    }
    int line = countLines(old) + countLines(text);
    List<UsageEntry> placed = new ArrayList<>();
    for (UsageEntry entry : entries) {
      String row = CsvWriter.row(header.layout(values(header, entry))) + lineEnd;
      placed.add(entry.withLine(line + 1));
      text.append(row);
      line += countLines(row);
    }
    return new Addition(text.toString().getBytes(StandardCharsets.UTF_8), placed);
  }

  private static Map<LedgerColumn, String> values(LedgerHeader header, UsageEntry entry) {
    Map<LedgerColumn, String> values = new EnumMap<>(LedgerColumn.class);
    values.put(LedgerColumn.DATE, entry.date().toString());
    values.put(LedgerColumn.SCENE, SpreadsheetCells.neutralise(entry.scene()));
    values.put(LedgerColumn.MODALITY, entry.modality().word());
    values.put(LedgerColumn.MODEL, SpreadsheetCells.neutralise(entry.model()));
    values.put(
        LedgerColumn.UNITS, entry.units() == null ? "" : LedgerValues.formatNumber(entry.units()));
    values.put(LedgerColumn.UNIT_KIND, SpreadsheetCells.neutralise(entry.unitKind()));
    values.put(LedgerColumn.COST, LedgerValues.formatNumber(entry.cost()));
    String note = withUnkeptValues(header, entry);
    if (entry.importId() != null) {
      if (header.has(LedgerColumn.IMPORT_ID)) {
        values.put(LedgerColumn.IMPORT_ID, SpreadsheetCells.neutralise(entry.importId()));
      } else {
        // A ledger whose header has no import id column keeps the id in the note, so a
        // re-import still recognises the row without Scenecost rewriting the header.
        note = (note.isEmpty() ? "" : note + " ") + "[import " + entry.importId() + "]";
      }
    }
    values.put(LedgerColumn.NOTE, SpreadsheetCells.neutralise(note));
    return values;
  }

  /**
   * The note, followed by the values the ledger has no column for ({@code (voice, eleven-v3, 1500
   * characters)}), so a ledger trimmed down to a few columns does not silently lose them.
   */
  private static String withUnkeptValues(LedgerHeader header, UsageEntry entry) {
    List<String> unkept = new ArrayList<>();
    if (!header.has(LedgerColumn.MODALITY) && entry.modality() != Modality.OTHER) {
      unkept.add(entry.modality().word());
    }
    if (!header.has(LedgerColumn.MODEL) && !entry.model().isEmpty()) {
      unkept.add(entry.model());
    }
    if (entry.units() != null && !header.has(LedgerColumn.UNITS)) {
      unkept.add((LedgerValues.formatNumber(entry.units()) + " " + entry.unitKind()).trim());
    } else if (!header.has(LedgerColumn.UNIT_KIND) && !entry.unitKind().isEmpty()) {
      unkept.add(entry.unitKind());
    }
    if (unkept.isEmpty()) {
      return entry.note();
    }
    String extra = "(" + String.join(", ", unkept) + ")";
    return entry.note().isEmpty() ? extra : entry.note() + " " + extra;
  }

  /** Line breaks in {@code text} (CRLF counts once). */
  private static int countLines(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        count++;
      }
    }
    return count;
  }

  private static boolean backUp(Path file, byte[] before) throws IOException {
    if (Files.exists(file)) {
      AtomicFiles.replace(Ledger.backupPathFor(file), out -> out.write(before));
    }
    return true;
  }

  private static byte[] readOrEmpty(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new byte[0];
    }
  }
}
