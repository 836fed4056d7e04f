package dev.scenecost.budget.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AmountsTest {
  @Test
  void moneyKeepsCentsBelowAHundred() {
    assertEquals("$7.10", Amounts.money(7.1, "$"));
    assertEquals("$18.40", Amounts.money(18.4, "$"));
    assertEquals("$25.00", Amounts.money(25, "$")); // a budget without cents reads like any amount
    assertEquals("$9.50", Amounts.money(9.5, "$"));
    assertEquals("$99.99", Amounts.money(99.994, "$")); // 9,999.4 cents round down
    assertEquals("€0.05", Amounts.money(0.049, "€")); // 4.9 cents round to 5
    assertEquals("$0.01", Amounts.money(0.005, "$")); // half a cent rounds up
    // Binary noise does not turn a half cent down: 0.03 × 7.5 arrives as 0.22499999999999998.
    assertEquals("$0.23", Amounts.money(0.03 * 7.5, "$"));
  }

  @Test
  void moneyDropsCentsFromAHundredAndGroupsThousands() {
    assertEquals("$100", Amounts.money(99.996, "$")); // 9,999.6 cents round to 10,000: $100
    assertEquals("$1,235", Amounts.money(1234.5, "$")); // half up
    assertEquals("€12,000", Amounts.money(12_000, "€"));
    assertEquals("$999,999", Amounts.money(999_999.4, "$"));
  }

  @Test
  void moneyFromAMillionReadsInMillions() {
    assertEquals("$1.0M", Amounts.money(999_999.5, "$")); // rounds to 1,000,000
    assertEquals("$1.2M", Amounts.money(1_234_567, "$")); // 12.34567 tenths -> 12
    assertEquals("$1.3M", Amounts.money(1_250_000, "$")); // 12.5 tenths round up to 13
    assertEquals("$1,234.5M", Amounts.money(1_234_500_000, "$"));
  }

  @Test
  void moneyNearZeroAndBelow() {
    assertEquals("<$0.01", Amounts.money(0.0016, "$")); // 0.16 cents
    assertEquals("$0.00", Amounts.money(0, "$"));
    assertEquals("$0.00", Amounts.money(-0.001, "$")); // no minus on nothing
    assertEquals("-$5.00", Amounts.money(-5, "$"));
    assertEquals("-$1,500", Amounts.money(-1500, "$"));
    assertEquals("12.00", Amounts.money(12, "")); // no currency symbol configured
  }

  @Test
  void tokensInReadableUnits() {
    assertEquals("412", Amounts.tokens(412));
    assertEquals("1.0k", Amounts.tokens(1_000));
    assertEquals("4.5k", Amounts.tokens(4_512));
    assertEquals("4.6k", Amounts.tokens(4_550)); // 45.5 tenths round up
    assertEquals("9.9k", Amounts.tokens(9_949));
    assertEquals("10k", Amounts.tokens(9_950)); // 9.95k would round to 10.0k: whole units
    assertEquals("412k", Amounts.tokens(411_600)); // 411.6k rounds to 412k
    assertEquals("999k", Amounts.tokens(999_499));
    assertEquals("1.0M", Amounts.tokens(999_500)); // would round to 1000k: shown as 1.0M
    assertEquals("1.2M", Amounts.tokens(1_249_999));
    assertEquals("38M", Amounts.tokens(38_400_000));
    assertEquals("727M", Amounts.tokens(727_000_000));
    assertEquals("1.0B", Amounts.tokens(999_500_000));
    assertEquals("1.5B", Amounts.tokens(1_500_000_000));
    assertEquals("12B", Amounts.tokens(12_345_000_000L));
  }

  @Test
  void screenTimeToTheSecond() {
    assertEquals("0s", Amounts.duration(0.4));
    assertEquals("45s", Amounts.duration(45));
    assertEquals("8s", Amounts.duration(7.5)); // half a second rounds up
    assertEquals("1m 00s", Amounts.duration(60));
    assertEquals("1m 05s", Amounts.duration(64.6)); // rounds to 65 s
    assertEquals("1m 45s", Amounts.duration(105));
    assertEquals("1h 02m 00s", Amounts.duration(3720)); // 3,600 + 2 x 60
    assertEquals("1h 02m 05s", Amounts.duration(3725));
    assertEquals("1h 59m 58s", Amounts.duration(7198)); // 3,600 + 59 x 60 + 58
  }

  @Test
  void pagesInEighths() {
    assertEquals("1/8", Amounts.eighths(1));
    assertEquals("3/8", Amounts.eighths(3));
    assertEquals("1", Amounts.eighths(8));
    assertEquals("1 3/8", Amounts.eighths(11));
    assertEquals("2", Amounts.eighths(16));
  }

  @Test
  void percentagesAndCounts() {
    assertEquals("9%", Amounts.percent(9.375));
    assertEquals("150%", Amounts.percent(150));
    assertEquals("950", Amounts.count(950));
    assertEquals("12,000", Amounts.count(12_000));
    assertEquals("1,234,567", Amounts.count(1_234_567));
  }

  @Test
  void hugeAmountsPrintHonestlyNeverSaturated() {
    // A long counts cents only to about 9.2e16: these once all printed $922,337,203,685,477,580.7M.
    assertEquals("$1,000,000,000.0M", Amounts.money(1e15, "$"));
    assertEquals("$1,000,000,000,000,000,000.0M", Amounts.money(1e24, "$"));
    assertEquals("-$2,500,000,000,000,000,000.0M", Amounts.money(-2.5e24, "$"));
    assertEquals("$999,999,999.9M", Amounts.money(999_999_999_949_999.0, "$"));
    assertEquals("100000000000000000000%", Amounts.percent(1e20));
    assertEquals("$?", Amounts.money(Double.POSITIVE_INFINITY, "$"));
    assertEquals("?%", Amounts.percent(Double.NaN));
  }
}
