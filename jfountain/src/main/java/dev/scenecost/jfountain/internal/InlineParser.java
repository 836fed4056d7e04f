package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.node.TextRun;
import java.util.List;

/** The inline pass (implementation in progress). */
public final class InlineParser {
  private InlineParser() {}

  public static List<TextRun> parse(String text) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
