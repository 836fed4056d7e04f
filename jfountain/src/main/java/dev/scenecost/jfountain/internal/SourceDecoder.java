package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.ParseWarning;
import java.util.List;

/** Decodes file bytes leniently (implementation in progress). */
public final class SourceDecoder {
  private SourceDecoder() {}

  public record Decoded(String text, List<ParseWarning> warnings) {}

  public static Decoded decode(byte[] bytes) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
