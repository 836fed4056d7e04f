package dev.scenecost.budget.usage.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each known column sits in a ledger. A ledger may order its columns as it likes and carry
 * columns of its own; those are kept as they are and left empty in appended rows.
 */
public final class LedgerHeader {
  private final Map<LedgerColumn, Integer> positions;
  private final int width;
  private final boolean written;

  private LedgerHeader(Map<LedgerColumn, Integer> positions, int width, boolean written) {
    this.positions = positions;
    this.width = width;
    this.written = written;
  }

  /** The header a new ledger gets: every column, in the standard order. */
  public static LedgerHeader standard() {
    Map<LedgerColumn, Integer> positions = new EnumMap<>(LedgerColumn.class);
    for (LedgerColumn column : LedgerColumn.values()) {
      positions.put(column, column.ordinal());
    }
    return new LedgerHeader(positions, positions.size(), false);
  }

  /**
   * Reads the header from the first record, or returns empty when that record names fewer than two
   * known columns (then it is a data row of a ledger without a header).
   */
  public static Optional<LedgerHeader> fromRecord(CsvRecord record) {
    Map<LedgerColumn, Integer> positions = new EnumMap<>(LedgerColumn.class);
    List<String> cells = record.fields();
    for (int i = 0; i < cells.size(); i++) {
      int index = i;
      LedgerColumn.fromHeader(cells.get(i)).ifPresent(c -> positions.putIfAbsent(c, index));
    }
    if (record.unclosedQuote() || positions.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new LedgerHeader(positions, cells.size(), true));
  }

  /** True when the file has this header as its first row. */
  public boolean written() {
    return written;
  }

  public boolean has(LedgerColumn column) {
    return positions.containsKey(column);
  }

  /** The value of {@code column} in {@code record}, trimmed, or "" when absent. */
  public String value(CsvRecord record, LedgerColumn column) {
    Integer index = positions.get(column);
    return index == null ? "" : SpreadsheetCells.restore(record.field(index).trim());
  }

  /** Number of columns in the header row. */
  public int width() {
    return width;
  }

  /** The known columns the header lacks, in the standard order. */
  public List<LedgerColumn> missing(LedgerColumn... required) {
    List<LedgerColumn> result = new ArrayList<>();
    Arrays.stream(required).filter(c -> !has(c)).forEach(result::add);
    return result;
  }

  /** Lays out values into a row of this header's width; unknown columns stay empty. */
  public List<String> layout(Map<LedgerColumn, String> values) {
    List<String> row = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      row.add("");
    }
    values.forEach(
        (column, value) -> {
          Integer index = positions.get(column);
          if (index != null) {
            row.set(index, value);
          }
        });
    return row;
  }

  /** The header row of a new ledger. */
  public static List<String> standardTitles() {
    return Arrays.stream(LedgerColumn.values()).map(LedgerColumn::title).toList();
  }
}
