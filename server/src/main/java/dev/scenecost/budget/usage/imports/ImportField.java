package dev.scenecost.budget.usage.imports;

import java.util.Arrays;
import java.util.List;

/** A value an import mapping can take from a provider's export. */
public enum ImportField {
  DATE("date", true, false),
  SCENE("scene", true, false),
  MODALITY("modality", false, true),
  MODEL("model", false, false),
  UNITS("units", true, false),
  UNIT_KIND("unitKind", false, true),
  COST("cost", true, false),
  NOTE("note", false, false),
  ID("id", true, false);

  private final String key;
  private final boolean columnOnly;
  private final boolean plainTextIsValue;

  ImportField(String key, boolean columnOnly, boolean plainTextIsValue) {
    this.key = key;
    this.columnOnly = columnOnly;
    this.plainTextIsValue = plainTextIsValue;
  }

  /** The key in the mapping object of scenecost.json. */
  public String key() {
    return key;
  }

  /** True when the value must come from a column of the export. */
  public boolean columnOnly() {
    return columnOnly;
  }

  /**
   * True when plain text in the mapping is the value itself ({@code "modality": "video"}, {@code
   * "unitKind": "credits"}): exports rarely have a column for these, and a column that happens to
   * share the word ("Credits") must not be picked by accident. {@code {"column": "Type"}} reads
   * such a field from a column.
   */
  public boolean plainTextIsValue() {
    return plainTextIsValue;
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(ImportField::key).toList();
  }
}
