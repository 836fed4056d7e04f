package dev.scenecost.jfountain;

import dev.scenecost.jfountain.internal.BlockParser;
import dev.scenecost.jfountain.internal.SourceDecoder;

/**
 * Parses Fountain 1.1 screenplays. Stateless and thread-safe. Never throws on any input: what a
 * writer probably did not mean is reported in {@link Screenplay#warnings()}.
 */
public final class FountainParser {
  private FountainParser() {}

  /**
   * Parses a screenplay already in memory.
   *
   * @param source the screenplay's text
   * @return the screenplay, with the warnings of anything the writer probably did not mean
   */
  public static Screenplay parse(CharSequence source) {
    return BlockParser.parse(source, java.util.List.of());
  }

  /**
   * Parses a file's bytes: UTF-8 with or without a byte-order mark; bytes that are not valid UTF-8
   * are decoded leniently and reported as an {@code encoding} warning.
   *
   * @param bytes the file's content
   * @return the screenplay, with the warnings of anything the writer probably did not mean
   */
  public static Screenplay parse(byte[] bytes) {
    SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
    return BlockParser.parse(decoded.text(), decoded.warnings());
  }
}
