package dev.scenecost.budget.format;

import java.util.Locale;

/**
 * How amounts read in reports, lenses and messages: money with sensible rounding ({@code $7.10},
 * {@code $1,234}, {@code $1.2M}), tokens in readable units ({@code 412k}, {@code 1.2M}), screen
 * time ({@code 1m 45s}) and page counts in eighths ({@code 1 3/8}).
 */
public final class Amounts {
  private Amounts() {}

  /** Cents below 100, whole units with thousands separators below a million, then millions. */
  public static String money(double amount, String symbol) {
    String sign = amount < 0 ? "-" : "";
    double value = Math.abs(amount);
    if (value > 0 && value < 0.005) {
      return sign + "<" + symbol + "0.01";
    }
    if (value < 100) {
      return sign + symbol + String.format(Locale.ROOT, "%.2f", value);
    }
    if (value < 999_999.5) {
      return sign + symbol + String.format(Locale.ROOT, "%,d", Math.round(value));
    }
    return sign + symbol + String.format(Locale.ROOT, "%.1fM", value / 1_000_000);
  }

  /** Tokens: 412, 4.5k, 412k, 1.2M, 412M, 1.2B. */
  public static String tokens(long tokens) {
    if (tokens < 1_000) {
      return Long.toString(tokens);
    }
    if (tokens < 999_500) {
      return scaled(tokens / 1_000.0, "k");
    }
    if (tokens < 999_500_000L) {
      return scaled(tokens / 1_000_000.0, "M");
    }
    return scaled(tokens / 1_000_000_000.0, "B");
  }

  private static String scaled(double value, String unit) {
    if (value < 9.95) {
      return String.format(Locale.ROOT, "%.1f", value) + unit;
    }
    return Math.round(value) + unit;
  }

  /** Screen time: 45s, 1m 45s, 1h 59m 58s (rounded to the second). */
  public static String duration(double seconds) {
    long total = Math.round(seconds);
    long hours = total / 3600;
    long minutes = total % 3600 / 60;
    long secs = total % 60;
    if (hours > 0) {
      return hours + "h " + minutes + "m " + secs + "s";
    }
    if (minutes > 0) {
      return minutes + "m " + (secs < 10 ? "0" : "") + secs + "s";
    }
    return secs + "s";
  }

  /** Pages in eighths: 3/8, 1, 1 3/8. */
  public static String eighths(int eighths) {
    int pages = eighths / 8;
    int rest = eighths % 8;
    if (rest == 0) {
      return Integer.toString(pages);
    }
    return (pages > 0 ? pages + " " : "") + rest + "/8";
  }

  /** A percentage rounded to a whole number: 74%. */
  public static String percent(double percent) {
    return Math.round(percent) + "%";
  }
}
