package dev.scenecost.lsp.document;

/**
 * The text of one open document and its version, as the editor last sent it. Immutable: every edit
 * returns a new instance (sharing the unchanged parts of the text), so a snapshot handed to a
 * background analysis never changes.
 */
public final class TextDocument {
  private final String uri;
  private final int version;
  private final LineIndex lines;

  public TextDocument(String uri, int version, String text) {
    this(uri, version, new LineIndex(text));
  }

  private TextDocument(String uri, int version, LineIndex lines) {
    this.uri = uri;
    this.version = version;
    this.lines = lines;
  }

  public String uri() {
    return uri;
  }

  public int version() {
    return version;
  }

  public String text() {
    return lines.text();
  }

  public LineIndex lines() {
    return lines;
  }

  /**
   * Replaces the text between two positions. Positions past the end of a line or of the text are
   * clamped, and a reversed range is put right, so an editor that sends an edit out of step never
   * corrupts the text beyond the edit itself.
   */
  public TextDocument edit(
      int startLine,
      int startCharacter,
      int endLine,
      int endCharacter,
      String newText,
      int newVersion) {
    int start = lines.offset(startLine, startCharacter);
    int end = lines.offset(endLine, endCharacter);
    if (end < start) {
      int swap = start;
      start = end;
      end = swap;
    }
    // Rebuilds only the edited lines' block: the whole text is not copied on a keystroke.
    return new TextDocument(uri, newVersion, lines.edit(start, end, newText));
  }

  public TextDocument replaceAll(String newText, int newVersion) {
    return new TextDocument(uri, newVersion, newText == null ? "" : newText);
  }
}
