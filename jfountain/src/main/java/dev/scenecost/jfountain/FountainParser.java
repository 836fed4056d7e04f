package dev.scenecost.jfountain;

import dev.scenecost.jfountain.internal.BlockParser;
import dev.scenecost.jfountain.internal.Reparser;
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

  /**
   * Parses a text after an edit, from the parse of the text before it: only the scenes the edit
   * touched are read again, and the rest of the earlier screenplay is kept (moved down or up when
   * the edit added or removed lines). The result is the same as {@link #parse(CharSequence)} of the
   * whole text; where the edit reaches beyond its scenes (a boneyard or note delimiter near it, a
   * heading made or unmade at the edges, a title page that may have changed), the whole text is
   * parsed.
   *
   * @param previous the parse of the text before the edit, from this parser
   * @param text the text after the edit
   * @param change which lines the edit replaced
   * @return the screenplay, with the warnings of anything the writer probably did not mean
   */
  public static Screenplay reparse(Screenplay previous, TextLines text, LineChange change) {
    return Reparser.reparse(previous, text, change);
  }
}
