package dev.scenecost.budget.usage.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Lenient readers for the values writers type into a ledger or find in a provider export. */
public final class LedgerValues {
  private LedgerValues() {}

  /**
   * An ISO date ({@code 2026-11-20}); a date-time that starts with one ({@code
   * 2026-11-20T14:03:00Z}, {@code 2026-11-20 14:03}) gives its day.
   */
  public static Optional<LocalDate> parseDate(String text) {
    String value = text.trim();
    if (value.length() > 10 && !Character.isDigit(value.charAt(10))) {
      value = value.substring(0, 10);
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * An amount as read, and how a comma in it was taken.
   *
   * @param value the number
   * @param comma {@link Comma#NONE}, or how a comma was read, for the writer to check
   */
  public record Amount(double value, Comma comma) {}

  /** How a comma in an amount was read. */
  public enum Comma {
    NONE,
    /**
     * One comma followed by exactly three digits, no decimal point: {@code 1,234} is 1234 (where
     * {@code 1,234.50} or {@code 1,234,567} are plainly thousands and read as {@link #NONE}).
     */
    THOUSANDS,
    /** Any other comma: {@code 1,5} is 1.5, {@code 1.234,56} is 1234.56. */
    DECIMAL
  }

  private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");
  private static final Pattern DOTTED_THOUSANDS_DECIMAL_COMMA =
      Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+,\\d+");

  /** Longer than any amount anyone types: refuse before parsing a pasted page of digits. */
  private static final int LONGEST_AMOUNT = 64;

  /**
   * A plain number; currency signs and codes ($, €, £, ¥, USD, EUR...) and spaces are ignored, so
   * {@code $1,234.50} reads as 1234.5. A number in parentheses, as accountants write refunds, is
   * negative. A comma followed by exactly three digits is a thousands separator; any other comma is
   * a decimal comma ({@code 1,5} is 1.5, not 15); {@link Amount#comma} says which, so the reader
   * can point it out.
   */
  public static Optional<Amount> readAmount(String text) {
    String value = text.trim();
    boolean negative = value.startsWith("(") && value.endsWith(")");
    if (negative) {
      value = value.substring(1, value.length() - 1);
    }
    value = value.replaceAll("[\\s$€£¥]", "").replaceAll("^[A-Za-z]{3}|[A-Za-z]{3}$", "");
    if (value.isEmpty() || value.length() > LONGEST_AMOUNT) {
      return Optional.empty();
    }
    Comma comma = Comma.NONE;
    if (value.indexOf(',') >= 0) {
      if (THOUSANDS.matcher(value).matches()) {
        // 1,234.50 and 1,234,567 can only be thousands; a lone 1,500 could be a European 1.5.
        boolean plain = value.indexOf('.') >= 0 || value.indexOf(',') != value.lastIndexOf(',');
        comma = plain ? Comma.NONE : Comma.THOUSANDS;
        value = value.replace(",", "");
      } else if (DECIMAL_COMMA.matcher(value).matches()) {
        comma = Comma.DECIMAL;
        value = value.replace(',', '.');
      } else if (DOTTED_THOUSANDS_DECIMAL_COMMA.matcher(value).matches()) {
        comma = Comma.DECIMAL;
        value = value.replace(".", "").replace(',', '.');
      } else {
        return Optional.empty();
      }
    }
    try {
      double number = new BigDecimal(value).doubleValue();
      return Optional.of(new Amount(negative ? -number : number, comma));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@link #readAmount}'s number, for values where a comma needs no comment. */
  public static Optional<Double> parseAmount(String text) {
    return readAmount(text).map(Amount::value);
  }

  /** Writes a number the way a writer would type it: no exponent, no trailing zeros. */
  public static String formatNumber(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
  }
}
