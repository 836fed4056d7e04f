package dev.scenecost.budget.usage.ledger;

import java.util.Locale;
import java.util.Optional;

/** The columns of a usage ledger, in the order a new ledger writes them. */
public enum LedgerColumn {
  DATE("date"),
  SCENE("scene"),
  MODALITY("modality"),
  MODEL("model"),
  UNITS("units"),
  UNIT_KIND("unit kind"),
  COST("cost"),
  NOTE("note"),
  IMPORT_ID("import id");

  private final String title;

  LedgerColumn(String title) {
    this.title = title;
  }

  /** The column's name in the header row. */
  public String title() {
    return title;
  }

  /**
   * Recognises a header cell: case, spaces, underscores and hyphens ignored, and a trailing
   * parenthesis dropped, so {@code Unit_Kind} and {@code Cost (USD)} both match.
   */
  public static Optional<LedgerColumn> fromHeader(String cell) {
    String key = normalize(cell);
    for (LedgerColumn column : values()) {
      if (normalize(column.title).equals(key)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private static String normalize(String cell) {
    String text = cell.trim().toLowerCase(Locale.ROOT);
    int paren = text.indexOf('(');
    if (paren > 0) {
      text = text.substring(0, paren);
    }
    return text.replaceAll("[\\s_\\-]+", "");
  }
}
