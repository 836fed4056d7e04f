package dev.scenecost.lsp.services;

import dev.scenecost.lsp.Settings;
import dev.scenecost.lsp.document.TextDocument;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Feature tests in the editor's terms: a document written as a string with a {@code |} where the
 * cursor is, the language service called directly, and one-line factories for expectations.
 */
final class Fixture {
  /** Not a file: the built-in configuration applies, whatever lies on this machine's disk. */
  static final String URI = "untitled:test.fountain";

  static final CancelChecker NEVER_CANCELLED = () -> {};

  private Fixture() {}

  record Cursor(String text, Position position) {}

  /** Removes the single {@code |} and returns where it was. */
  static Cursor cursor(String textWithCursor) {
    int at = textWithCursor.indexOf('|');
    if (at < 0 || textWithCursor.indexOf('|', at + 1) >= 0) {
      throw new IllegalArgumentException("Write exactly one | for the cursor");
    }
    String text = textWithCursor.substring(0, at) + textWithCursor.substring(at + 1);
    TextDocument document = new TextDocument(URI, 1, text);
    return new Cursor(
        text, new Position(document.lines().lineOf(at), document.lines().characterOf(at)));
  }

  static ScenecostLanguageService service() {
    return service(Settings.DEFAULTS);
  }

  static ScenecostLanguageService service(Settings settings) {
    ScenecostLanguageService service = new ScenecostLanguageService(message -> {});
    service.setSettings(settings);
    return service;
  }

  static Analysis analyze(String text) {
    return service().analyze(new TextDocument(URI, 1, text));
  }

  static Analysis analyze(ScenecostLanguageService service, String text) {
    return service.analyze(new TextDocument(URI, 1, text));
  }

  static Range r(int startLine, int startCharacter, int endLine, int endCharacter) {
    return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
  }

  static Position p(int line, int character) {
    return new Position(line, character);
  }

  static Diagnostic d(Range range, String code, DiagnosticSeverity severity) {
    Diagnostic diagnostic = new Diagnostic(range, "", severity, "scenecost", code);
    return diagnostic;
  }

  /** Compares what an expectation written with {@link #d} states: range, code, severity, source. */
  static void assertDiagnostics(List<Diagnostic> actual, Diagnostic... expected) {
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.Arrays.stream(expected).map(Fixture::summary).toList(),
        actual.stream().map(Fixture::summary).toList());
  }

  private static String summary(Diagnostic diagnostic) {
    return diagnostic.getRange().getStart().getLine()
        + ":"
        + diagnostic.getRange().getStart().getCharacter()
        + "-"
        + diagnostic.getRange().getEnd().getLine()
        + ":"
        + diagnostic.getRange().getEnd().getCharacter()
        + " "
        + diagnostic.getCode().getLeft()
        + " "
        + diagnostic.getSeverity()
        + " "
        + diagnostic.getSource();
  }

  static TextEdit te(Range range, String newText) {
    return new TextEdit(range, newText);
  }

  /** The text after applying edits (non-overlapping), for checking what a fix produces. */
  static String apply(String text, List<TextEdit> edits) {
    TextDocument document = new TextDocument(URI, 1, text);
    List<TextEdit> sorted =
        edits.stream()
            .sorted((a, b) -> comparePositions(b.getRange().getStart(), a.getRange().getStart()))
            .toList();
    for (TextEdit edit : sorted) {
      Range range = edit.getRange();
      document =
          document.edit(
              range.getStart().getLine(),
              range.getStart().getCharacter(),
              range.getEnd().getLine(),
              range.getEnd().getCharacter(),
              edit.getNewText(),
              2);
    }
    return document.text();
  }

  private static int comparePositions(Position a, Position b) {
    return a.getLine() != b.getLine()
        ? Integer.compare(a.getLine(), b.getLine())
        : Integer.compare(a.getCharacter(), b.getCharacter());
  }
}
