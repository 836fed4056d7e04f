package dev.scenecost.cli;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.usage.UsageSnapshot;
import dev.scenecost.budget.usage.ledger.LedgerValues;
import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.ModalityAmounts;
import dev.scenecost.budget.usage.ledger.SceneRef;
import dev.scenecost.budget.usage.ledger.UsageEntry;
import dev.scenecost.jfountain.Screenplay;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table {@code scenecost usage list} prints: spend per scene and kind of generation. */
final class UsageTable {
  private static final int HEADING_WIDTH = 32;

  private UsageTable() {}

  static void print(
      PrintWriter out, Screenplay parsed, UsageSnapshot usage, String symbol, boolean rows) {
    out.println("Spent per scene, from " + usage.ledger().file().getFileName() + ":");
    out.println();
    List<String> header = new ArrayList<>(List.of("Scene", "Heading"));
    for (Modality modality : Modality.values()) {
      header.add(capitalised(modality.word()));
    }
    header.add("Spent");
    out.println(line(header));
    for (SceneRef scene : SceneRef.of(parsed)) {
      if (!usage.byScene().hasUsage(scene.index())) {
        continue;
      }
      ModalityAmounts actuals = usage.byScene().actuals(scene.index());
      List<String> cells = new ArrayList<>();
      cells.add(scene.number() != null ? scene.number() : Integer.toString(scene.index() + 1));
      cells.add(shorten(scene.heading()));
      for (Modality modality : Modality.values()) {
        double amount = actuals.get(modality);
        cells.add(amount == 0 ? "-" : Amounts.money(amount, symbol));
      }
      cells.add(Amounts.money(actuals.total(), symbol));
      out.println(line(cells));
      if (rows) {
        usage.byScene().entries().get(scene.index()).forEach(row -> out.println(row(row, symbol)));
      }
    }
    out.println();
    if (!usage.byScene().unmatched().isEmpty()) {
      out.println(
          "Rows that name no scene of the screenplay: "
              + Amounts.money(usage.byScene().unmatchedCost(), symbol)
              + " (see the warnings).");
      if (rows) {
        usage.byScene().unmatched().forEach(row -> out.println(row(row, symbol)));
      }
    }
    out.println(
        "Spent in all: "
            + Amounts.money(usage.byScene().totalCost(), symbol)
            + " in "
            + usage.ledger().entries().size()
            + (usage.ledger().entries().size() == 1 ? " row." : " rows."));
  }

  private static String row(UsageEntry row, String symbol) {
    String units =
        row.units() == null
            ? ""
            : " · " + LedgerValues.formatNumber(row.units()) + " " + row.unitKind();
    return "      line "
        + row.line()
        + ": "
        + row.date()
        + " · "
        + row.modality().word()
        + (row.model().isEmpty() ? "" : " · " + row.model())
        + units
        + " · "
        + Amounts.money(row.cost(), symbol)
        + (row.note().isEmpty() ? "" : " · " + row.note().replace('\n', ' '));
  }

  private static String line(List<String> cells) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%-6s %-" + HEADING_WIDTH + "s", cells.get(0), cells.get(1)));
    for (String cell : cells.subList(2, cells.size())) {
      line.append(String.format(Locale.ROOT, " %9s", cell));
    }
    return line.toString().stripTrailing();
  }

  private static String shorten(String heading) {
    return heading.length() <= HEADING_WIDTH
        ? heading
        : heading.substring(0, HEADING_WIDTH - 1) + "…";
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
