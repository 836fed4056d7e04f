package dev.scenecost.budget.diff;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.format.Markdown;
import dev.scenecost.budget.result.FilmEstimate;
import java.util.ArrayList;
import java.util.List;

/** The diff for people: a terminal table, or short Markdown for a pull request. */
final class DiffText {
  /** A pull request comment shows this many changed scenes, the biggest first. */
  static final int MARKDOWN_ROWS = 15;

  private static final List<String> HEADERS =
      List.of("Scene", "Change", "Heading", "Screen time", "Tier", "Cost", "Difference");

  private DiffText() {}

  static String table(DraftDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append(diff.before().name()).append(" → ").append(diff.after().name()).append("\n\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (SceneChange scene : diff.scenes()) {
      rows.add(row(diff, scene, 38));
    }
    int[] widths = new int[HEADERS.size()];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        boolean right = c >= 5;
        String pad = " ".repeat(widths[c] - cell.length());
        line.append(right ? pad + cell : cell + pad).append(c < row.size() - 1 ? "  " : "");
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        int total = 0;
        for (int width : widths) {
          total += width + 2;
        }
        out.append("-".repeat(total - 2)).append('\n');
      }
    }
    out.append('\n');
    for (String line : summary(diff)) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  static String markdown(DraftDiff diff) {
    StringBuilder out = new StringBuilder();
    FilmEstimate film = diff.after().estimate();
    out.append("### Budget: ")
        .append(film.title() == null ? escape(diff.after().name()) : escape(film.title()))
        .append("\n\n");
    for (String line : summary(diff)) {
      out.append("- ").append(escape(line)).append('\n');
    }
    List<SceneChange> changes = diff.changes();
    if (!changes.isEmpty()) {
      out.append("\n| ").append(String.join(" | ", HEADERS)).append(" |\n");
      out.append("|---|---|---|---|---|---:|---:|\n");
      for (SceneChange scene : changes.subList(0, Math.min(MARKDOWN_ROWS, changes.size()))) {
        List<String> row = row(diff, scene, 40);
        out.append("| ");
        for (int c = 0; c < row.size(); c++) {
          String cell = escape(row.get(c));
          out.append(c == 6 && scene.delta() > 0 ? "**" + cell + "**" : cell);
          out.append(c < row.size() - 1 ? " | " : " |\n");
        }
      }
      if (changes.size() > MARKDOWN_ROWS) {
        out.append("\n")
            .append(changes.size() - MARKDOWN_ROWS)
            .append(" smaller changes are not shown: `scenecost diff` lists them all.\n");
      }
    }
    return out.toString();
  }

  /** The film in a few lines: cost, contingency, budget, what moved. */
  static List<String> summary(DraftDiff diff) {
    FilmEstimate before = diff.before().estimate();
    FilmEstimate after = diff.after().estimate();
    String symbol = after.currencySymbol();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Estimate before contingency: "
            + money(diff.costBefore(), symbol)
            + " → "
            + money(diff.costAfter(), symbol)
            + " ("
            + signed(diff.delta(), symbol)
            + ")");
    lines.add(
        "With "
            + Amounts.percent(after.contingencyPercent())
            + " contingency: "
            + money(diff.costWithContingencyBefore(), symbol)
            + " → "
            + money(diff.costWithContingencyAfter(), symbol)
            + " ("
            + signed(diff.costWithContingencyAfter() - diff.costWithContingencyBefore(), symbol)
            + ")");
    if (after.budget() == null) {
      lines.add("The new draft has no budget to fit.");
    } else if (diff.fitsAfter()) {
      lines.add(
          "Fits the budget of "
              + money(after.budget(), symbol)
              + ", with "
              + money(after.budget() - after.costWithContingency(), symbol)
              + " to spare.");
    } else {
      lines.add(
          "Over the budget of "
              + money(after.budget(), symbol)
              + " by "
              + money(after.costWithContingency() - after.budget(), symbol)
              + (before.budget() != null && before.fits() ? "; the old draft fit." : "."));
    }
    lines.add(
        count(diff.count(ChangeKind.CHANGED), "scene changed", "scenes changed")
            + ", "
            + diff.count(ChangeKind.ADDED)
            + " added, "
            + diff.count(ChangeKind.CUT)
            + " cut, "
            + diff.count(ChangeKind.UNCHANGED)
            + " unchanged.");
    return lines;
  }

  private static List<String> row(DraftDiff diff, SceneChange scene, int headingWidth) {
    String symbol = diff.after().estimate().currencySymbol();
    String change =
        scene.change() == ChangeKind.CHANGED
            ? "changed: " + String.join(", ", scene.what())
            : scene.change().id();
    return List.of(
        both(scene.labelBefore(), scene.labelAfter()),
        change,
        shorten(scene.heading(), headingWidth),
        both(duration(scene.secondsBefore()), duration(scene.secondsAfter())),
        both(scene.tierBefore(), scene.tierAfter()),
        both(
            scene.costBefore() == null ? null : money(scene.costBefore(), symbol),
            scene.costAfter() == null ? null : money(scene.costAfter(), symbol)),
        signed(scene.delta(), symbol));
  }

  /**
   * {@code 5}, {@code 5 → 7}; a scene in one draft only shows that side ({@code 12} for an added
   * scene: the change column says which).
   */
  private static String both(String before, String after) {
    if (before == null || after == null || before.equals(after)) {
      return before == null ? (after == null ? "" : after) : before;
    }
    return before + " → " + after;
  }

  private static String duration(Double seconds) {
    return seconds == null ? null : Amounts.duration(seconds);
  }

  private static String money(double amount, String symbol) {
    return Amounts.money(amount, symbol);
  }

  private static String signed(double amount, String symbol) {
    if (Math.round(amount * 100) == 0) {
      return Amounts.money(0, symbol);
    }
    return (amount > 0 ? "+" : "") + Amounts.money(amount, symbol);
  }

  private static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  private static String escape(String text) {
    return Markdown.escape(text);
  }
}
