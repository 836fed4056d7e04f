package dev.scenecost.jfountain;

import java.util.List;

/**
 * One {@code Key: value} entry of the title page. A value written on indented lines below the key
 * gives one value per line. Keys are kept as written (unknown keys included); emphasis markers stay
 * in the values.
 */
public record TitleEntry(String key, List<String> values, SourceRange range) {
  public TitleEntry {
    values = List.copyOf(values);
  }

  /** The values joined by line breaks, as a writer would read them. */
  public String text() {
    return String.join("\n", values);
  }
}
