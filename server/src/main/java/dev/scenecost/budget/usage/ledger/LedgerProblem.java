package dev.scenecost.budget.usage.ledger;

import java.nio.file.Path;

/**
 * Something wrong in a usage ledger or a provider export, for the writer to fix.
 *
 * @param file the CSV file the problem is in
 * @param line 1-based line number, as editors show it (0 when the problem concerns the whole file)
 * @param code a stable identifier editors can key on, one of the {@code CODE_*} constants
 * @param message what is wrong and how to fix it, in plain words
 * @param rowSkipped true when the row was not counted (malformed), false when it was loaded and
 *     only reported (a scene the screenplay does not have)
 */
public record LedgerProblem(Path file, int line, String code, String message, boolean rowSkipped) {
  public static final String CODE_MALFORMED_ROW = "usage-malformed-row";
  public static final String CODE_UNCLOSED_QUOTE = "usage-unclosed-quote";
  public static final String CODE_MISSING_COLUMN = "usage-missing-column";
  public static final String CODE_UNKNOWN_SCENE = "usage-unknown-scene";
  public static final String CODE_AMBIGUOUS_SCENE = "usage-ambiguous-scene";
  public static final String CODE_UNREADABLE = "usage-unreadable";
  public static final String CODE_COMMA_IN_AMOUNT = "usage-comma-in-amount";
  public static final String CODE_LEFTOVER_TEMPORARY_FILE = "usage-leftover-temporary-file";

  /** A row written as {@code 3 (INT. KITCHEN - DAY)} whose scene 3 has another heading now. */
  public static final String CODE_SCENE_MOVED = "usage-scene-moved";

  /** {@code file:line: message}, the way compilers print it, so terminals make it clickable. */
  @Override
  public String toString() {
    String where = file == null ? "" : file.toString();
    return (line > 0 ? where + ":" + line : where) + ": " + message;
  }
}
