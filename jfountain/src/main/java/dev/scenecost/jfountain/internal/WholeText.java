package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.TextLines;

/** {@link TextLines} over one string, its lines found as the parser finds them. */
public final class WholeText implements TextLines {
  private final String text;
  private final SourceLines lines;

  public WholeText(String text) {
    this.text = text;
    this.lines = SourceLines.split(text);
  }

  @Override
  public int lineCount() {
    return lines.count();
  }

  @Override
  public String lines(int from, int to) {
    return text.substring(startOf(from), startOf(to));
  }

  private int startOf(int line) {
    return line >= lines.count() ? text.length() : lines.start(line);
  }
}
