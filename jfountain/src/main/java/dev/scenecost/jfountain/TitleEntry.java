package dev.scenecost.jfountain;

import java.util.List;

/**
 * One {@code Key: value} entry of the title page. A value written on indented lines below the key
 * gives one value per line. Keys are kept as written (unknown keys included); emphasis markers stay
 * in the values.
 */
public record TitleEntry(String key, List<String> values, SourceRange range) {
  /**
   * An entry, for the parser.
   *
   * @param key the key as written
   * @param values one value per line
   * @param range where the entry is in the source
   */
  public TitleEntry {
    values = List.copyOf(values);
  }

  /** {@return the values joined by line breaks, as a writer would read them} */
  public String text() {
    return String.join("\n", values);
  }
}
