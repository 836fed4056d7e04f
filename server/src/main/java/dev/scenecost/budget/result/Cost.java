package dev.scenecost.budget.result;

/**
 * Tokens and money for one part of an estimate. Money is in the project's currency (the catalog is
 * in US dollars and is converted with the configured exchange rate).
 */
public record Cost(long tokens, double amount) {
  public static final Cost ZERO = new Cost(0, 0);

  public Cost plus(Cost other) {
    return new Cost(tokens + other.tokens, amount + other.amount);
  }
}
