package dev.scenecost.budget.usage.ledger;

import java.util.regex.Pattern;

/**
 * Keeps a ledger cell from being run as a formula when the ledger is opened in a spreadsheet (CSV
 * injection): text from a provider's export that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, and is not a plain number, is written with a leading
 * apostrophe, which spreadsheets show as text. Reading takes the apostrophe off again, so an import
 * id written this way still matches its export row.
 */
public final class SpreadsheetCells {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private SpreadsheetCells() {}

  /** The cell as it is safe to write. */
  public static String neutralise(String value) {
    return startsLikeAFormula(value) && !PLAIN_NUMBER.matcher(value).matches()
        ? "'" + value
        : value;
  }

  /** The value a neutralised cell stands for; any other cell as it is. */
  public static String restore(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean startsLikeAFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
