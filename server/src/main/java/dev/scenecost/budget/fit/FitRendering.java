package dev.scenecost.budget.fit;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scenecost.budget.format.Amounts;
import java.util.ArrayList;
import java.util.List;

/** {@code scenecost fit} output: a table for people, JSON for programs (docs/report-json.md). */
public final class FitRendering {
  private static final int HEADING_WIDTH = 38;

  private FitRendering() {}

  /**
   * Exactly {@code {"fits", "budget", "costWithContingency", "scenes": [{"index", "label",
   * "fromTier", "toTier", "cost"}], "tradeoffs"}}: every scene, index from 0 as in the report, cost
   * before contingency.
   */
  public static String json(FitPlan plan) {
    JsonObject root = new JsonObject();
    root.addProperty("fits", plan.fits());
    root.addProperty("budget", plan.budget());
    root.addProperty("costWithContingency", plan.costWithContingency());
    JsonArray scenes = new JsonArray();
    for (FitPlan.SceneChoice choice : plan.scenes()) {
      JsonObject scene = new JsonObject();
      scene.addProperty("index", choice.index());
      scene.addProperty("label", choice.label());
      scene.addProperty("fromTier", choice.fromTier());
      scene.addProperty("toTier", choice.toTier());
      scene.addProperty("cost", choice.cost());
      scenes.add(scene);
    }
    root.add("scenes", scenes);
    JsonArray tradeoffs = new JsonArray();
    plan.tradeoffs().forEach(tradeoffs::add);
    root.add("tradeoffs", tradeoffs);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  /** The changed scenes as a table (every scene when {@code all}), then the tradeoffs. */
  public static String table(FitPlan plan, String symbol, boolean all) {
    StringBuilder out = new StringBuilder();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Scene", "Heading", "Now", "Plan", "Cost"});
    for (FitPlan.SceneChoice choice : plan.scenes()) {
      if (!all && !choice.changed()) {
        continue;
      }
      String heading =
          choice.heading().length() > HEADING_WIDTH
              ? choice.heading().substring(0, HEADING_WIDTH - 1) + "…"
              : choice.heading();
      rows.add(
          new String[] {
            choice.label(),
            heading,
            choice.fromTier(),
            choice.toTier() + (choice.locked() ? " (locked)" : ""),
            Amounts.money(choice.cost(), symbol)
          });
    }
    if (rows.size() > 1) {
      int[] widths = new int[5];
      for (String[] row : rows) {
        for (int c = 0; c < row.length; c++) {
          widths[c] = Math.max(widths[c], row[c].length());
        }
      }
      for (int r = 0; r < rows.size(); r++) {
        appendRow(out, rows.get(r), widths);
        if (r == 0) {
          String[] rule = new String[5];
          for (int c = 0; c < 5; c++) {
            rule[c] = "-".repeat(widths[c]);
          }
          appendRow(out, rule, widths);
        }
      }
      out.append('\n');
    }
    for (String sentence : plan.tradeoffs()) {
      out.append(sentence).append('\n');
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String pad = " ".repeat(widths[c] - cells[c].length());
      line.append(c == 4 || c == 0 ? pad + cells[c] : cells[c] + pad);
      if (c < cells.length - 1) {
        line.append("  ");
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
