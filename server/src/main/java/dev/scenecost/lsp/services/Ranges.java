package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Conversions between the parser's source ranges and LSP ranges (both 0-based, UTF-16). */
final class Ranges {
  private Ranges() {}

  static Range toLsp(SourceRange range) {
    return new Range(toLsp(range.start()), toLsp(range.end()));
  }

  static Position toLsp(SourcePosition position) {
    return new Position(position.line(), position.character());
  }

  static SourcePosition toSource(Position position) {
    return new SourcePosition(position.getLine(), position.getCharacter());
  }

  static Range line(int line, int startCharacter, int endCharacter) {
    return new Range(new Position(line, startCharacter), new Position(line, endCharacter));
  }
}
