package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.SourceRange;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a file's bytes. UTF-8 with or without a byte-order mark is the norm; a UTF-16 byte-order
 * mark is honoured too. A file that is not valid UTF-8 was almost always saved by an older Windows
 * or Mac editor, so the whole file is read as Windows-1252 instead (every byte maps to a character,
 * nothing is lost) and an {@code encoding} warning points at the first byte that was not UTF-8.
 */
public final class SourceDecoder {
  private static final int[] WINDOWS_1252_HIGH = {
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178
  };

  private SourceDecoder() {}

  public record Decoded(String text, List<ParseWarning> warnings) {}

  public static Decoded decode(byte[] bytes) {
    if (bytes == null) {
      return new Decoded("", List.of());
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return utf16(bytes, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return utf16(bytes, StandardCharsets.UTF_16BE);
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return new Decoded(chars.toString(), List.of());
    } catch (CharacterCodingException notUtf8) {
      String text = windows1252(bytes, start);
      int bad = firstInvalidUtf8(bytes, start);
      return new Decoded(text, List.of(warning(text, bad - start)));
    }
  }

  /** Windows Notepad's "Unicode": a UTF-16 byte-order mark says so, and nothing else is lost. */
  private static Decoded utf16(byte[] bytes, java.nio.charset.Charset charset) {
    return new Decoded(new String(bytes, 2, bytes.length - 2, charset), List.of());
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static String windows1252(byte[] bytes, int start) {
    char[] chars = new char[bytes.length - start];
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      chars[i - start] = (char) (b >= 0x80 && b < 0xA0 ? WINDOWS_1252_HIGH[b - 0x80] : b);
    }
    return new String(chars);
  }

  /** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
  static int firstInvalidUtf8(byte[] bytes, int start) {
    int i = start;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length;
      int min;
      if (b < 0x80) {
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + length > bytes.length) {
        return i;
      }
      int codePoint = b & (0xFF >> (length + 1));
      for (int k = 1; k < length; k++) {
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          return i;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
      }
      if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return i;
      }
      i += length;
    }
    return bytes.length;
  }

  private static ParseWarning warning(String text, int offset) {
    // One byte is one character in Windows-1252, so the byte offset is the text offset.
    int line = 0;
    int lineStart = 0;
    int limit = Math.min(offset, text.length());
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = limit - lineStart;
    return new ParseWarning(
        ParseWarning.CODE_ENCODING,
        "This file is not valid UTF-8 (the first unreadable byte is on line "
            + (line + 1)
            + "), so it was read as Windows-1252 (Western European). Check that accented"
            + " letters and curly quotes look right, then save the file as UTF-8.",
        SourceRange.of(line, column, line, Math.min(column + 1, column + text.length() - limit)));
  }
}
