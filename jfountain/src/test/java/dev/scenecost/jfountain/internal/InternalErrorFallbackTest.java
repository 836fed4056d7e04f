package dev.scenecost.jfountain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The safety net no parse should need: every test elsewhere asserts it was not used. */
class InternalErrorFallbackTest {

  @Test
  void keepsAllTheTextAsOneActionAndSaysWhatHappened() {
    ParseWarning encoding =
        new ParseWarning(
            ParseWarning.CODE_ENCODING, "read as Windows-1252", SourceRange.of(0, 0, 0, 1));
    Screenplay screenplay =
        InternalErrorFallback.screenplay(
            "INT. A - DAY\r\n\nBob.", List.of(encoding), new IllegalStateException("bug"));
    assertEquals(1, screenplay.elements().size());
    assertEquals("INT. A - DAY\n\nBob.", screenplay.elements().get(0).text());
    // Three lines; the last, "Bob.", is 4 units long.
    assertEquals(SourceRange.of(0, 0, 2, 4), screenplay.elements().get(0).range());
    assertEquals(3, screenplay.lineCount());
    assertEquals(
        List.of(ParseWarning.CODE_ENCODING, ParseWarning.CODE_INTERNAL_ERROR),
        screenplay.warnings().stream().map(ParseWarning::code).toList());
    assertEquals(
        "Scenecost could not work out this screenplay's structure (IllegalStateException), so"
            + " the whole text is shown as plain action. Nothing in the file was changed; please"
            + " report this with the file.",
        screenplay.warnings().get(1).message());
  }
}
