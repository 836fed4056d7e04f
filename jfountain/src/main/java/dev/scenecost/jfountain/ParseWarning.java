package dev.scenecost.jfountain;

/**
 * Something in the source a writer probably did not mean, such as a boneyard that is never closed.
 * Parsing never fails: it returns a screenplay and a list of warnings.
 *
 * @param code a stable identifier editors can key on, one of the {@code CODE_*} constants
 * @param message a sentence for the writer that says what is wrong and how to fix it
 */
public record ParseWarning(String code, String message, SourceRange range) {
  public static final String CODE_UNCLOSED_BONEYARD = "unclosed-boneyard";
  public static final String CODE_UNCLOSED_NOTE = "unclosed-note";
  public static final String CODE_UNCLOSED_EMPHASIS = "unclosed-emphasis";
  public static final String CODE_ENCODING = "encoding";
  public static final String CODE_CONTROL_CHARACTER = "control-character";
  public static final String CODE_UNRECOGNISED_HEADING = "unrecognised-heading";

  /**
   * The parser hit a bug of its own and kept the whole text as one action element rather than fail.
   * Never expected; worth reporting with the file that caused it.
   */
  public static final String CODE_INTERNAL_ERROR = "internal-error";
}
