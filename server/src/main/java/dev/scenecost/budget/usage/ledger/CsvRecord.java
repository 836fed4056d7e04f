package dev.scenecost.budget.usage.ledger;

import java.util.List;

/**
 * One record of a CSV file as read, before any meaning is given to its fields.
 *
 * @param line 1-based line the record starts on
 * @param fields the field values, quotes removed and doubled quotes undone
 * @param unclosedQuote true when a quoted field was never closed; the fields are then unreliable
 *     and the reader resumed on the next line
 */
public record CsvRecord(int line, List<String> fields, boolean unclosedQuote) {
  public CsvRecord {
    fields = List.copyOf(fields);
  }

  /** The field at {@code index}, or "" when the row is shorter. */
  public String field(int index) {
    return index >= 0 && index < fields.size() ? fields.get(index) : "";
  }
}
