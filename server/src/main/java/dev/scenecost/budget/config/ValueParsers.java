package dev.scenecost.budget.config;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values writers type (how a value is written, not whether it is in range: a
 * thousand-digit amount reads as infinity, and the caller's range check of {@link SettingRanges}
 * reports it): amounts ({@code $12,000}, {@code 12k}, {@code €1.5M}), percentages ({@code 25%}),
 * durations ({@code 45s}, {@code 1m 30s}, {@code 1:30}) and importance ({@code high}, {@code
 * 1}-{@code 5}). Each returns empty when it cannot read the value; the caller reports it.
 */
public final class ValueParsers {
  private static final Pattern MONEY =
      Pattern.compile(
          "(?i)^([A-Z]{3})?\\s*([$€£¥₹])?\\s*"
              + "([0-9][0-9,]*(?:\\.[0-9]+)?|\\.[0-9]+)\\s*([km])?\\s*([A-Z]{3})?$");
  private static final Pattern CLOCK = Pattern.compile("^(\\d+):(\\d{1,2})$");
  private static final Pattern DURATION_PART =
      Pattern.compile(
          "(?i)(\\d+(?:\\.\\d+)?)\\s*" + "(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)?\\s*");

  private ValueParsers() {}

  /** An amount of money; thousands separators (,) and k / M suffixes allowed, never negative. */
  public static OptionalDouble money(String text) {
    if (text == null) {
      return OptionalDouble.empty();
    }
    String trimmed = text.trim().replace("US$", "$").replace("\u00a0", " ");
    Matcher m = MONEY.matcher(trimmed);
    if (!m.matches() || (m.group(1) != null && m.group(5) != null)) {
      return OptionalDouble.empty();
    }
    String digits = m.group(3);
    if (digits.contains(",") && !digits.matches("[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?")) {
      return OptionalDouble.empty();
    }
    double value = Double.parseDouble(digits.replace(",", ""));
    String suffix = m.group(4);
    if (suffix != null) {
      value *= suffix.equalsIgnoreCase("k") ? 1_000 : 1_000_000;
    }
    return OptionalDouble.of(value);
  }

  /** A percentage: {@code 25%}, {@code 25} or {@code 12.5 %}; between 0 and 1000. */
  public static OptionalDouble percent(String text) {
    if (text == null) {
      return OptionalDouble.empty();
    }
    String trimmed = text.trim();
    if (trimmed.endsWith("%")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).trim();
    }
    try {
      double value = Double.parseDouble(trimmed);
      return value >= 0 && value <= 1000 ? OptionalDouble.of(value) : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * A duration in seconds: {@code 45s}, {@code 45}, {@code 1m 30s}, {@code 2 min}, {@code 1:30},
   * {@code 1.5m}. Must be more than zero.
   */
  public static OptionalDouble durationSeconds(String text) {
    if (text == null || text.isBlank()) {
      return OptionalDouble.empty();
    }
    String trimmed = text.trim();
    Matcher clock = CLOCK.matcher(trimmed);
    if (clock.matches()) {
      // Digits only, but any number of them: parsed as a double, a huge one is left to the
      // caller's range check instead of overflowing an int.
      double seconds =
          Double.parseDouble(clock.group(1)) * 60.0 + Double.parseDouble(clock.group(2));
      return seconds > 0 ? OptionalDouble.of(seconds) : OptionalDouble.empty();
    }
    Matcher part = DURATION_PART.matcher(trimmed);
    double total = 0;
    int at = 0;
    while (at < trimmed.length()) {
      if (!part.find(at) || part.start() != at || part.end() == at) {
        return OptionalDouble.empty();
      }
      double amount = Double.parseDouble(part.group(1));
      String unit = part.group(2) == null ? "s" : part.group(2).toLowerCase(Locale.ROOT);
      if (unit.startsWith("h")) {
        total += amount * 3600;
      } else if (unit.startsWith("m")) {
        total += amount * 60;
      } else {
        total += amount;
      }
      at = part.end();
    }
    return total > 0 ? OptionalDouble.of(total) : OptionalDouble.empty();
  }

  /**
   * Importance from 1 to 5: a digit, or lowest (1), low (2), normal / medium (3), high (4), highest
   * / critical / key (5).
   */
  public static OptionalInt importance(String text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    String word = text.trim().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "1", "lowest", "minimal" -> OptionalInt.of(1);
      case "2", "low" -> OptionalInt.of(2);
      case "3", "normal", "medium", "average" -> OptionalInt.of(3);
      case "4", "high" -> OptionalInt.of(4);
      case "5", "highest", "critical", "key" -> OptionalInt.of(5);
      default -> OptionalInt.empty();
    };
  }
}
