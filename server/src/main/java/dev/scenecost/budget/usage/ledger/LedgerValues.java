package dev.scenecost.budget.usage.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

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
   * A plain number; currency signs and codes ($, €, £, ¥, USD, EUR...), spaces and thousands commas
   * are ignored, so {@code $1,234.50} reads as 1234.5. A number in parentheses, as accountants
   * write refunds, is negative.
   */
  public static Optional<Double> parseAmount(String text) {
    String value = text.trim();
    boolean negative = value.startsWith("(") && value.endsWith(")");
    if (negative) {
      value = value.substring(1, value.length() - 1);
    }
    value = value.replaceAll("[\\s$€£¥,]", "").replaceAll("^[A-Za-z]{3}|[A-Za-z]{3}$", "");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      double number = new BigDecimal(value).doubleValue();
      return Optional.of(negative ? -number : number);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Writes a number the way a writer would type it: no exponent, no trailing zeros. */
  public static String formatNumber(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
  }
}
