package dev.scenecost.budget.savings;

import dev.scenecost.budget.format.Amounts;
import java.util.List;

/** The savings as the text report lists them: each with its scene and amount, then the total. */
public final class SavingsReport {
  private SavingsReport() {}

  /** Nothing when there is no saving. */
  public static String table(List<Saving> savings, String symbol) {
    if (savings.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\nSavings (hints):\n");
    for (Saving saving : savings) {
      out.append("  hint [scene ")
          .append(saving.sceneLabel())
          .append("] ")
          .append(saving.rule().id())
          .append(": ")
          .append(saving.message())
          .append('\n');
    }
    out.append("  Could be saved in all: ")
        .append(Amounts.money(SavingsFinder.total(savings), symbol))
        .append(" before contingency (")
        .append(savings.size())
        .append(savings.size() == 1 ? " place" : " places")
        .append(").\n");
    return out.toString();
  }
}
