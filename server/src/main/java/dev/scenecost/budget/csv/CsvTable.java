package dev.scenecost.budget.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Scenecost writes CSV for people to open in a spreadsheet: RFC 4180 with CRLF line
 * ends (Apache Commons CSV does the quoting), and one guard against formula injection, so text from
 * a screenplay or a ledger never runs as a spreadsheet formula.
 */
public final class CsvTable {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

  /** A plain number, which a spreadsheet must still read as one: {@code -5.00}, {@code 12}. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private CsvTable() {}

  /** A header and its rows, every line ending in CRLF. */
  public static String write(List<String> header, List<? extends List<String>> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(header.stream().map(CsvTable::guard).toList());
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(CsvTable::guard).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("A StringBuilder does not fail", e);
    }
    return out.toString();
  }

  /**
   * A cell a spreadsheet shows as text: one that starts like a formula ({@code = + - @}, a tab or a
   * carriage return) gets a leading apostrophe, unless it is a plain number such as {@code -5.00}.
   * Line breaks inside a cell become spaces: one record is one line.
   */
  public static String guard(String cell) {
    if (cell == null) {
      return "";
    }
    String single = cell.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    return runsAsFormula(cell) ? "'" + single : single;
  }

  /**
   * The one rule of what a spreadsheet would run: text starting with {@code = + - @}, a tab or a
   * carriage return that is not a plain number. The reports and the usage ledger both guard by it.
   */
  public static boolean runsAsFormula(String cell) {
    return cell != null
        && !cell.isEmpty()
        && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
        && !NUMBER.matcher(cell).matches();
  }
}
