package dev.scenecost.budget.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AmountsTest {
  @Test
  void moneyKeepsCentsBelowAHundredAndRoundsAbove() {
    assertEquals("$7.10", Amounts.money(7.1, "$"));
    assertEquals("$99.99", Amounts.money(99.994, "$"));
    assertEquals("$1,235", Amounts.money(1234.5, "$"));
    assertEquals("€12,000", Amounts.money(12_000, "€"));
    assertEquals("$1.2M", Amounts.money(1_234_567, "$"));
    assertEquals("<$0.01", Amounts.money(0.0016, "$"));
    assertEquals("$0.00", Amounts.money(0, "$"));
    assertEquals("-$5.00", Amounts.money(-5, "$"));
  }

  @Test
  void tokensInReadableUnits() {
    assertEquals("412", Amounts.tokens(412));
    assertEquals("4.5k", Amounts.tokens(4_512));
    assertEquals("412k", Amounts.tokens(412_345));
    assertEquals("1.2M", Amounts.tokens(1_234_567));
    assertEquals("727M", Amounts.tokens(727_000_000));
    assertEquals("1.0M", Amounts.tokens(999_600));
  }

  @Test
  void durationsAndEighths() {
    assertEquals("45s", Amounts.duration(45));
    assertEquals("1m 45s", Amounts.duration(105));
    assertEquals("1m 05s", Amounts.duration(65));
    assertEquals("1h 59m 58s", Amounts.duration(7198));
    assertEquals("3/8", Amounts.eighths(3));
    assertEquals("1", Amounts.eighths(8));
    assertEquals("1 3/8", Amounts.eighths(11));
  }
}
