package dev.scenecost.budget.report;

import dev.scenecost.budget.format.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure of the report: the number, for sums and charts, and the text every face shows, made
 * once by {@link Amounts}. A face never formats the number itself.
 *
 * @param value the number (money in the film's currency, tokens, seconds, percent...)
 * @param text how it reads: {@code $18.40}, {@code 412k}, {@code 1m 45s}, {@code 74%}
 */
public record Figure(double value, String text) {

  /**
   * Money, rounded half up to the cent before it is formatted: sums of cents carry binary noise
   * (60.625 arrives as 60.62499999...), and a producer expects the half cent to round up.
   */
  public static Figure money(double amount, String symbol) {
    return new Figure(amount, moneyText(amount, symbol));
  }

  /**
   * Below half a cent the amount itself reads, so a tiny cost shows {@code <$0.01}, not nothing.
   */
  private static String moneyText(double amount, String symbol) {
    double cents = cents(amount);
    return Amounts.money(cents == 0 ? amount : cents, symbol);
  }

  /** Money with its sign: {@code +$6.00} over, {@code -$52.50} under, {@code $0.00} even. */
  public static Figure signedMoney(double amount, String symbol) {
    String text = Amounts.money(amount, symbol);
    return new Figure(amount, cents(amount) > 0 ? "+" + text : text);
  }

  public static Figure tokens(long tokens) {
    return new Figure(tokens, Amounts.tokens(tokens));
  }

  public static Figure duration(double seconds) {
    return new Figure(seconds, Amounts.duration(seconds));
  }

  public static Figure eighths(int eighths) {
    return new Figure(eighths, Amounts.eighths(eighths));
  }

  public static Figure percent(double percent) {
    return new Figure(percent, Amounts.percent(percent));
  }

  /** The amount to the cent, half up, without the binary noise of sums. */
  static double cents(double amount) {
    return BigDecimal.valueOf(amount)
        .setScale(9, RoundingMode.HALF_UP)
        .setScale(2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** The amount as a spreadsheet reads it: {@code 1234.50}, no symbol, no separators. */
  String plain() {
    return BigDecimal.valueOf(cents(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
