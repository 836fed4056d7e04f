package dev.scenecost.budget.config;

import dev.scenecost.budget.json.JsonSyntaxException;

/**
 * Something wrong in a configuration file. Never fatal: the setting falls back to its default.
 *
 * @param file the file's path as found, or null for a problem with a command-line value
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record ConfigProblem(String file, int line, int column, String message) {

  /**
   * A file that is not valid JSON, at the mistake, saying what happens until it is fixed (such as
   * "the built-in defaults apply").
   */
  public static ConfigProblem unreadable(String file, JsonSyntaxException error, String meanwhile) {
    return new ConfigProblem(
        file, error.line(), error.column(), error.sentence() + " Until it is fixed, " + meanwhile);
  }

  @Override
  public String toString() {
    String where = file == null ? "" : file + (line > 0 ? ":" + line + ":" + column : "") + ": ";
    return where + message;
  }
}
