package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.Screenplay;
import java.util.List;

/** The block pass (implementation in progress). */
public final class BlockParser {
  private BlockParser() {}

  public static Screenplay parse(CharSequence source, List<ParseWarning> initialWarnings) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
