package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Random and mutated input, with fixed seeds so a failure can be replayed. */
class NeverThrowTest {
  private static final String[] PIECES = {
    "\n", "\r", "\r\n", " ", "  ", "\t", "[[", "]]", "/*", "*/", "*", "**", "***", "_", "\\", "#",
    "##", "=", "===", "~", "!", "@", "^", ">", "<", ".", "...", "(", ")", "INT. ", "EXT ", "I/E ",
    "BOB", "bob", "CUT TO:", ":", "Title: ", "   ", " - ", "#1A#", "\u0000", "\u0007", "\uFEFF",
    "\uD800", "\uDC00", "😀", "é", "李", "דנה", "\u00A0", "\u2028", "(V.O.)", "x"
  };

  @Test
  void randomPiecesAlwaysParseIntoAConsistentScreenplay() {
    Random random = new Random(20260321L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String source = text.toString();
      ParseInvariants.check(source, FountainParser.parse(source));
    }
  }

  @Test
  void mutatedFixturesAlwaysParseIntoAConsistentScreenplay() throws Exception {
    Random random = new Random(42L);
    for (String fixture : fixtureTexts()) {
      for (int round = 0; round < 150; round++) {
        String source = mutate(fixture, random);
        ParseInvariants.check(source, FountainParser.parse(source));
      }
    }
  }

  @Test
  void randomBytesAlwaysDecodeAndParse() {
    Random random = new Random(7L);
    for (int round = 0; round < 2000; round++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      Screenplay screenplay = FountainParser.parse(bytes);
      ParseInvariants.assertNoInternalError(screenplay);
      assertFalse(screenplay.lineCount() < 1);
    }
  }

  @Test
  void nullTextIsAnEmptyScreenplay() {
    assertEquals(1, FountainParser.parse((CharSequence) null).lineCount());
    assertEquals(1, FountainParser.parse((byte[]) null).lineCount());
  }

  private static String mutate(String text, Random random) {
    StringBuilder mutated = new StringBuilder(text);
    int edits = 1 + random.nextInt(8);
    for (int i = 0; i < edits; i++) {
      int at = mutated.length() == 0 ? 0 : random.nextInt(mutated.length());
      switch (random.nextInt(3)) {
        case 0 -> mutated.insert(at, PIECES[random.nextInt(PIECES.length)]);
        case 1 -> {
          if (mutated.length() > 0) {
            mutated.delete(at, Math.min(mutated.length(), at + 1 + random.nextInt(5)));
          }
        }
        default -> {
          if (mutated.length() > 0) {
            mutated.setCharAt(at, (char) random.nextInt(0x3000));
          }
        }
      }
    }
    return mutated.toString();
  }

  private static List<String> fixtureTexts() throws IOException, URISyntaxException {
    Path root = Path.of(NeverThrowTest.class.getResource("/fixtures").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".fountain"))
          .sorted()
          .map(
              p -> {
                try {
                  return Files.readString(p);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}
