package dev.scenecost.cli;

import dev.scenecost.jfountain.Screenplay;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenecost parse FILE}: the parse as JSON, for tools and for checking the parser. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Print how Scenecost reads a Fountain screenplay, as JSON: the title page, every element "
          + "with its type, text and source range (0-based lines, UTF-16 columns), and warnings.",
      "Exit codes: 0 parsed (warnings included), 2 the file could not be read."
    })
final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .fountain screenplay to read.")
  Path file;

  @Option(names = "--compact", description = "One line of JSON instead of indented output.")
  boolean compact;

  @Override
  public Integer call() {
    Optional<Screenplay> screenplay = ScreenplayInput.parse(file, spec.commandLine().getErr());
    if (screenplay.isEmpty()) {
      return 2;
    }
    spec.commandLine().getOut().println(ParseJson.toJson(screenplay.get(), !compact));
    return 0;
  }
}
