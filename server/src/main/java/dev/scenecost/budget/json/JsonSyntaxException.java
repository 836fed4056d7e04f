package dev.scenecost.budget.json;

/** A JSON text that cannot be read, with the 1-based line and column of the mistake. */
public final class JsonSyntaxException extends Exception {
  private final int line;
  private final int column;

  public JsonSyntaxException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /**
   * The message as a whole sentence, so callers can add what happens next ("Until it is fixed,
   * ...") without doubling the punctuation of a message that ends in a question.
   */
  public String sentence() {
    String message = getMessage().strip();
    char last = message.isEmpty() ? '.' : message.charAt(message.length() - 1);
    return last == '.' || last == '?' || last == '!' ? message : message + ".";
  }
}
