package dev.scenecost.jfountain;

/**
 * Something in the source a writer probably did not mean, such as a boneyard that is never closed.
 * Parsing never fails: it returns a screenplay and a list of warnings.
 *
 * @param code a stable identifier editors can key on, one of the {@code CODE_*} constants
 * @param message a sentence for the writer that says what is wrong and how to fix it
 * @param range where it is in the source
 */
public record ParseWarning(String code, String message, SourceRange range) {
  /** A {@code /*} boneyard that is never closed: the rest of the file is hidden. */
  public static final String CODE_UNCLOSED_BONEYARD = "unclosed-boneyard";

  /** A {@code [[} note that is never closed. */
  public static final String CODE_UNCLOSED_NOTE = "unclosed-note";

  /** An emphasis marker without its closing partner (reserved: not reported yet). */
  public static final String CODE_UNCLOSED_EMPHASIS = "unclosed-emphasis";

  /** Bytes that are not valid UTF-8, decoded leniently. */
  public static final String CODE_ENCODING = "encoding";

  /** A control character in the text. */
  public static final String CODE_CONTROL_CHARACTER = "control-character";

  /** A line that looks like a scene heading but is not read as one. */
  public static final String CODE_UNRECOGNISED_HEADING = "unrecognised-heading";

  /**
   * The parser hit a bug of its own and kept the whole text as one action element rather than fail.
   * Never expected; worth reporting with the file that caused it.
   */
  public static final String CODE_INTERNAL_ERROR = "internal-error";
}
