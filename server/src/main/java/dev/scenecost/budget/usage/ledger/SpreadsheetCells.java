package dev.scenecost.budget.usage.ledger;

import dev.scenecost.budget.csv.CsvTable;

/**
 * Keeps a ledger cell from being run as a formula when the ledger is opened in a spreadsheet (CSV
 * injection): text from a provider's export that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, and is not a plain number, is written with a leading
 * apostrophe, which spreadsheets show as text. Reading takes the apostrophe off again, so an import
 * id written this way still matches its export row.
 */
public final class SpreadsheetCells {
  private SpreadsheetCells() {}

  /** The cell as it is safe to write. */
  public static String neutralise(String value) {
    return CsvTable.runsAsFormula(value) ? "'" + value : value;
  }

  /** The value a neutralised cell stands for; any other cell as it is. */
  public static String restore(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && CsvTable.runsAsFormula(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }
}
