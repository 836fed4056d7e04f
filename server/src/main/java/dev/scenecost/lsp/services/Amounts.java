package dev.scenecost.lsp.services;

/**
 * How numbers read in lenses and hovers: money, tokens, screen time, percentages. Formatted by
 * hand rather than with {@code String.format}: a lens request formats a thousand numbers.
 */
final class Amounts {
  private Amounts() {}

  /** {@code $18.40}, {@code $1,234.50}. */
  static String money(String symbol, double amount) {
    long cents = Math.round(Math.abs(amount) * 100);
    StringBuilder text = new StringBuilder(symbol.length() + 16);
    if (amount < 0 && cents > 0) {
      text.append('-');
    }
    text.append(symbol);
    grouped(text, cents / 100);
    long rest = cents % 100;
    return text.append('.').append(rest < 10 ? "0" : "").append(rest).toString();
  }

  /** A budget reads without cents when it has none: {@code $25}, {@code $12,000}, {@code $9.50}. */
  static String budget(String symbol, double amount) {
    long cents = Math.round(Math.abs(amount) * 100);
    if (cents % 100 != 0) {
      return money(symbol, amount);
    }
    StringBuilder text = new StringBuilder(symbol.length() + 12);
    if (amount < 0 && cents > 0) {
      text.append('-');
    }
    grouped(text.append(symbol), cents / 100);
    return text.toString();
  }

  /** {@code 412}, {@code 412k}, {@code 1.2M}, {@code 38M}, {@code 1.5B}. */
  static String tokens(long tokens) {
    if (tokens < 1_000) {
      return Long.toString(tokens);
    }
    if (tokens < 999_500) {
      return Math.round(tokens / 1_000.0) + "k";
    }
    if (tokens < 9_950_000) {
      return oneDecimal(tokens / 1_000_000.0) + "M";
    }
    if (tokens < 999_500_000) {
      return Math.round(tokens / 1_000_000.0) + "M";
    }
    return oneDecimal(tokens / 1_000_000_000.0) + "B";
  }

  /** {@code 45s}, {@code 1m 45s}, {@code 1h 02m}. */
  static String duration(double seconds) {
    long total = Math.round(seconds);
    if (total < 60) {
      return total + "s";
    }
    if (total < 3600) {
      return total / 60 + "m " + twoDigits(total % 60) + "s";
    }
    return total / 3600 + "h " + twoDigits((total % 3600) / 60) + "m";
  }

  /** {@code 1/8}, {@code 1 3/8}, {@code 2} pages, as scripts count them. */
  static String pages(int eighths) {
    int whole = eighths / 8;
    int rest = eighths % 8;
    if (rest == 0) {
      return Integer.toString(whole);
    }
    return (whole == 0 ? "" : whole + " ") + rest + "/8";
  }

  static String percent(double value) {
    return Math.round(value) + "%";
  }

  /** Whole numbers with thousands separators: {@code 12,000}. */
  static String integer(long value) {
    return grouped(new StringBuilder(), value).toString();
  }

  private static StringBuilder grouped(StringBuilder text, long value) {
    String digits = Long.toString(value);
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    text.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      text.append(',').append(digits, i, i + 3);
    }
    return text;
  }

  private static String oneDecimal(double value) {
    long tenths = Math.round(value * 10);
    return tenths / 10 + "." + tenths % 10;
  }

  private static String twoDigits(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }
}
