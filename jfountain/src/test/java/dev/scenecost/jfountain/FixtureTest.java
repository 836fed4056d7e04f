package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every fixture in src/test/resources/fixtures (format: the README there). */
class FixtureTest {

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    Path root = root();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".fountain"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .map(name -> name.substring(0, name.length() - ".fountain".length()))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void matchesExpectedElements(String fixture) {
    assertEquals(expected(fixture), actual(input(fixture)));
  }

  @ParameterizedTest(name = "{0} with CRLF")
  @MethodSource("fixtures")
  void crlfLineEndingsGiveTheSameElementsAndRanges(String fixture) {
    assertEquals(expected(fixture), actual(input(fixture).replace("\n", "\r\n")));
  }

  @ParameterizedTest(name = "{0} with CR")
  @MethodSource("fixtures")
  void loneCrLineEndingsGiveTheSameElementsAndRanges(String fixture) {
    assertEquals(expected(fixture), actual(input(fixture).replace("\n", "\r")));
  }

  @ParameterizedTest(name = "{0}, every prefix")
  @MethodSource("fixtures")
  void everyPrefixParsesIntoOrderedRangesInsideTheText(String fixture) {
    String input = input(fixture);
    for (int length = 0; length <= input.length(); length++) {
      String prefix = input.substring(0, length);
      Screenplay screenplay = FountainParser.parse(prefix);
      ParseInvariants.check(prefix, screenplay);
    }
  }

  private static String actual(String input) {
    return String.join("\n", ElementPrinter.print(FountainParser.parse(input)));
  }

  private static String expected(String fixture) {
    List<String> lines = read(fixture + ".expected").lines().toList();
    return lines.stream()
        .filter(line -> !line.isBlank() && !line.stripLeading().startsWith("//"))
        .collect(Collectors.joining("\n"));
  }

  private static String input(String fixture) {
    String text = read(fixture + ".fountain");
    assertTrue(text.indexOf('\r') < 0, fixture + " must be saved with LF line endings");
    return text;
  }

  private static String read(String name) {
    try {
      return Files.readString(root().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path root() throws URISyntaxException {
    return Path.of(FixtureTest.class.getResource("/fixtures").toURI());
  }
}
