package dev.scenecost.budget.usage.ledger;

import java.util.List;

/** Writes CSV rows the way {@link CsvReader} and spreadsheets read them back. */
public final class CsvWriter {
  private CsvWriter() {}

  /** One row without its line end; fields quoted only when they need it. */
  public static String row(List<String> fields) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        row.append(',');
      }
      row.append(field(fields.get(i)));
    }
    return row.toString();
  }

  static String field(String value) {
    boolean needsQuotes =
        value.contains(",")
            || value.contains("\"")
            || value.contains("\n")
            || value.contains("\r")
            || value.startsWith("#")
            || !value.equals(value.strip());
    return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
