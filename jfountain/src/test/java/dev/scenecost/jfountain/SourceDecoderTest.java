package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.jfountain.internal.SourceDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

  @Test
  void utf8WithAndWithoutByteOrderMarkDecodesTheSame() {
    byte[] plain = "Café ☕ 😀".getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[plain.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, marked, 3, plain.length);
    assertEquals("Café ☕ 😀", SourceDecoder.decode(plain).text());
    assertEquals("Café ☕ 😀", SourceDecoder.decode(marked).text());
    assertTrue(SourceDecoder.decode(marked).warnings().isEmpty());
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarningAtTheFirstBadByte() {
    // "Hi\n" then "Caf" + 0xE9 (é in Latin-1) + 0x93 ... 0x94 (curly quotes in Windows-1252).
    byte[] bytes = {'H', 'i', '\n', 'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'o', (byte) 0x94};
    SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
    assertEquals("Hi\nCafé \u201Co\u201D", decoded.text());
    assertEquals(1, decoded.warnings().size());
    ParseWarning warning = decoded.warnings().get(0);
    assertEquals(ParseWarning.CODE_ENCODING, warning.code());
    // The é is the fourth character of line 1.
    assertEquals(SourceRange.of(1, 3, 1, 4), warning.range());
    assertTrue(warning.message().contains("line 2"), warning.message());
    assertTrue(warning.message().contains("Windows-1252"), warning.message());
  }

  @Test
  void bytesUndefinedInWindows1252AreKeptAsTheirLatin1Characters() {
    byte[] bytes = {'A', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D};
    assertEquals("A\u0081\u008D\u008F\u0090\u009D", SourceDecoder.decode(bytes).text());
  }

  @Test
  void encodedSurrogatesAndOverlongFormsAreNotUtf8() {
    byte[] surrogate = {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertEquals(1, SourceDecoder.decode(surrogate).warnings().size());
    byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
    assertEquals(1, SourceDecoder.decode(overlong).warnings().size());
    byte[] truncated = {'o', 'k', (byte) 0xE2, (byte) 0x98};
    assertEquals(
        SourceRange.of(0, 2, 0, 3), SourceDecoder.decode(truncated).warnings().get(0).range());
  }

  @Test
  void aUtf16ByteOrderMarkIsHonoured() {
    byte[] little = {(byte) 0xFF, (byte) 0xFE, 'B', 0, 'O', 0, 'B', 0};
    byte[] big = {(byte) 0xFE, (byte) 0xFF, 0, 'B', 0, 'O', 0, 'B'};
    assertEquals("BOB", SourceDecoder.decode(little).text());
    assertEquals("BOB", SourceDecoder.decode(big).text());
    assertTrue(SourceDecoder.decode(little).warnings().isEmpty());
  }

  @Test
  void nulBytesAreKeptAndReportedOnce() {
    // "Hi" NUL NUL "there": the first NUL is the third character of line 0; two in all.
    Screenplay screenplay =
        FountainParser.parse("Hi\u0000\u0000there".getBytes(StandardCharsets.UTF_8));
    assertEquals("Hi\u0000\u0000there", screenplay.elements().get(0).text());
    assertEquals(1, screenplay.warnings().size());
    ParseWarning warning = screenplay.warnings().get(0);
    assertEquals(ParseWarning.CODE_CONTROL_CHARACTER, warning.code());
    assertEquals(SourceRange.of(0, 2, 0, 3), warning.range());
    assertTrue(warning.message().contains("(2 in the file)"), warning.message());
  }

  @Test
  void emptyInputIsAnEmptyScreenplay() {
    Screenplay screenplay = FountainParser.parse(new byte[0]);
    assertEquals(1, screenplay.lineCount());
    assertTrue(screenplay.elements().isEmpty());
    assertTrue(screenplay.warnings().isEmpty());
  }

  @Test
  void theEncodingWarningReachesTheScreenplay() {
    byte[] bytes = "INT. CAF\u00C9 - DAY\n\nCoffee.".getBytes(StandardCharsets.ISO_8859_1);
    Screenplay screenplay = FountainParser.parse(bytes);
    assertEquals("INT. CAFÉ - DAY", screenplay.scenes().get(0).heading().text());
    assertEquals(ParseWarning.CODE_ENCODING, screenplay.warnings().get(0).code());
  }
}
