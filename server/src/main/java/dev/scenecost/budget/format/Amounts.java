package dev.scenecost.budget.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How every figure reads, wherever a writer sees it: the report, findings, usage wording, code
 * lenses, hovers and quick fixes all format through this class, so a scene's cost is the same text
 * in each of them.
 *
 * <ul>
 *   <li>Money ({@link #money}): {@code <$0.01} for a positive amount that rounds to no cent, cents
 *       below {@code $100} ({@code $7.10}, {@code $25.00}), whole units with thousands separators
 *       below a million ({@code $100}, {@code $1,235}), then millions to one decimal ({@code
 *       $1.2M}). Rounding is half up, to the cent first (sums' binary noise ignored). A negative
 *       amount carries a minus sign ({@code -$5.00}) unless it rounds to nothing, which reads
 *       {@code $0.00}.
 *   <li>Tokens ({@link #tokens}): {@code 412}, {@code 4.5k}, {@code 412k}, {@code 1.2M}, {@code
 *       412M}, {@code 1.2B}: one decimal below 10 of a unit, whole units above.
 *   <li>Screen time ({@link #duration}), rounded to the second: {@code 45s}, {@code 1m 05s}, {@code
 *       1h 02m 05s}.
 *   <li>Pages in eighths ({@link #eighths}): {@code 3/8}, {@code 1}, {@code 1 3/8}.
 *   <li>Percentages ({@link #percent}) to a whole number, counts ({@link #count}) with thousands
 *       separators.
 * </ul>
 *
 * <p>Formatted by hand rather than with {@code String.format}: a code lens request formats about a
 * thousand numbers, and a {@code Formatter} per number dominated it.
 */
public final class Amounts {
  private static final long CENTS_SHOWN_BELOW = 100_00;
  private static final long MILLION = 1_000_000;

  /** Above this, rounding through a long (cents, or a whole percentage) could saturate. */
  private static final double LONG_SAFE = 1e15;

  /**
   * Sums of cents carry binary noise (60.625 arrives as 60.62499999...): a relative nudge far below
   * a cent at any size lets the half cent round up, as a producer expects.
   */
  private static final double HALF_CENT_NUDGE = 1 + 1e-12;

  private Amounts() {}

  /** Money with sensible rounding: {@code <$0.01}, {@code $7.10}, {@code $1,235}, {@code $1.2M}. */
  public static String money(double amount, String symbol) {
    if (!Double.isFinite(amount)) {
      return symbol + "?";
    }
    if (Math.abs(amount) >= LONG_SAFE) {
      return largeMoney(amount, symbol);
    }
    long cents = Math.round(Math.abs(amount) * 100 * HALF_CENT_NUDGE);
    StringBuilder text = new StringBuilder(symbol.length() + 16);
    if (cents == 0) {
      return amount > 0
          ? text.append('<').append(symbol).append("0.01").toString()
          : text.append(symbol).append("0.00").toString();
    }
    if (amount < 0) {
      text.append('-');
    }
    text.append(symbol);
    if (cents < CENTS_SHOWN_BELOW) {
      return text.append(cents / 100).append('.').append(twoDigits(cents % 100)).toString();
    }
    long whole = Math.round(Math.abs(amount));
    if (whole < MILLION) {
      return grouped(text, whole).toString();
    }
    long tenthsOfMillions = Math.round(Math.abs(amount) / (MILLION / 10));
    return grouped(text, tenthsOfMillions / 10)
        .append('.')
        .append(tenthsOfMillions % 10)
        .append('M')
        .toString();
  }

  /**
   * Millions to one decimal through BigDecimal: a long counts cents only up to about 9.2e16, and
   * rounding a larger amount through it printed the same saturated figure for every amount.
   */
  private static String largeMoney(double amount, String symbol) {
    BigDecimal tenthsOfMillions =
        BigDecimal.valueOf(Math.abs(amount))
            .divide(BigDecimal.valueOf(MILLION / 10), 0, RoundingMode.HALF_UP);
    BigDecimal[] split = tenthsOfMillions.divideAndRemainder(BigDecimal.TEN);
    StringBuilder text = new StringBuilder();
    if (amount < 0) {
      text.append('-');
    }
    text.append(symbol);
    return grouped(text, split[0].toPlainString())
        .append('.')
        .append(split[1].toPlainString())
        .append('M')
        .toString();
  }

  /**
   * Tokens in readable units: {@code 412}, {@code 4.5k}, {@code 412k}, {@code 1.2M}, {@code 1.2B}.
   */
  public static String tokens(long tokens) {
    if (tokens < 0) {
      return "-" + tokens(-tokens);
    }
    if (tokens < 1_000) {
      return Long.toString(tokens);
    }
    if (tokens < 999_500) {
      return scaled(tokens, 1_000, "k");
    }
    if (tokens < 999_500_000) {
      return scaled(tokens, MILLION, "M");
    }
    return scaled(tokens, 1_000_000_000, "B");
  }

  /** One decimal while the scaled value rounds below 10 ({@code 9.9k}), whole units from 10. */
  private static String scaled(long tokens, long unit, String suffix) {
    long tenths = (tokens + unit / 20) / (unit / 10);
    if (tenths < 100) {
      return tenths / 10 + "." + tenths % 10 + suffix;
    }
    return (tokens + unit / 2) / unit + suffix;
  }

  /** Screen time rounded to the second: {@code 45s}, {@code 1m 05s}, {@code 1h 02m 05s}. */
  public static String duration(double seconds) {
    long total = Math.round(seconds);
    long hours = total / 3600;
    long minutes = total % 3600 / 60;
    long secs = total % 60;
    if (hours > 0) {
      return hours + "h " + twoDigits(minutes) + "m " + twoDigits(secs) + "s";
    }
    if (minutes > 0) {
      return minutes + "m " + twoDigits(secs) + "s";
    }
    return secs + "s";
  }

  /** Pages in eighths, as scripts count them: {@code 3/8}, {@code 1}, {@code 1 3/8}. */
  public static String eighths(int eighths) {
    int pages = eighths / 8;
    int rest = eighths % 8;
    if (rest == 0) {
      return Integer.toString(pages);
    }
    return (pages > 0 ? pages + " " : "") + rest + "/8";
  }

  /** A percentage rounded to a whole number: {@code 74%}. */
  public static String percent(double percent) {
    if (!Double.isFinite(percent)) {
      return "?%";
    }
    if (Math.abs(percent) >= LONG_SAFE) {
      return BigDecimal.valueOf(percent).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
    return Math.round(percent) + "%";
  }

  /** A count with thousands separators: {@code 12,000}. */
  public static String count(long value) {
    StringBuilder text = new StringBuilder(16);
    if (value < 0) {
      text.append('-');
    }
    return grouped(text, Math.abs(value)).toString();
  }

  private static StringBuilder grouped(StringBuilder text, long value) {
    return grouped(text, Long.toString(value));
  }

  private static StringBuilder grouped(StringBuilder text, String digits) {
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    text.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      text.append(',').append(digits, i, i + 3);
    }
    return text;
  }

  private static String twoDigits(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }
}
