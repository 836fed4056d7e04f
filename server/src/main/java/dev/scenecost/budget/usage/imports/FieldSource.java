package dev.scenecost.budget.usage.imports;

/**
 * Where a mapped value comes from: a column of the export, or a fixed value.
 *
 * @param column the export's column title, or null for a fixed value
 * @param value the fixed value, or null for a column
 * @param line the line of scenecost.json it is written on, for messages
 */
public record FieldSource(String column, String value, int line) {

  public static FieldSource column(String title, int line) {
    return new FieldSource(title, null, line);
  }

  public static FieldSource value(String value, int line) {
    return new FieldSource(null, value, line);
  }
}
