package dev.scenecost.lsp.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void moneyHasCentsAndThousandsSeparators() {
    assertEquals("$18.40", Amounts.money("$", 18.4));
    assertEquals("$1,234.50", Amounts.money("$", 1234.5));
    assertEquals("€0.05", Amounts.money("€", 0.049)); // 4.9 cents round to 5
    assertEquals("$1,000,000.00", Amounts.money("$", 999_999.999));
    assertEquals("$0.00", Amounts.money("$", 0));
  }

  @Test
  void budgetsDropZeroCents() {
    assertEquals("$25", Amounts.budget("$", 25));
    assertEquals("$12,000", Amounts.budget("$", 12_000));
    assertEquals("$9.50", Amounts.budget("$", 9.5));
  }

  @Test
  void tokensReadInUnits() {
    assertEquals("412", Amounts.tokens(412));
    assertEquals("412k", Amounts.tokens(411_600)); // 411.6k rounds to 412k
    assertEquals("1.0M", Amounts.tokens(999_500)); // would round to 1000k: shown as 1.0M
    assertEquals("1.2M", Amounts.tokens(1_249_999));
    assertEquals("38M", Amounts.tokens(38_400_000));
    assertEquals("1.5B", Amounts.tokens(1_500_000_000));
  }

  @Test
  void screenTimeInMinutesAndSeconds() {
    assertEquals("45s", Amounts.duration(45));
    assertEquals("1m 45s", Amounts.duration(105));
    assertEquals("1m 05s", Amounts.duration(64.6)); // rounds to 65 s
    assertEquals("1h 02m", Amounts.duration(3720));
  }

  @Test
  void pagesInEighths() {
    assertEquals("1/8", Amounts.pages(1));
    assertEquals("1 3/8", Amounts.pages(11));
    assertEquals("2", Amounts.pages(16));
  }
}
