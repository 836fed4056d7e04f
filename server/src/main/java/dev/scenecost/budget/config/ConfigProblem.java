package dev.scenecost.budget.config;

/**
 * Something wrong in a configuration file. Never fatal: the setting falls back to its default.
 *
 * @param file the file's path as found, or null for a problem with a command-line value
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record ConfigProblem(String file, int line, int column, String message) {
  @Override
  public String toString() {
    String where = file == null ? "" : file + (line > 0 ? ":" + line + ":" + column : "") + ": ";
    return where + message;
  }
}
