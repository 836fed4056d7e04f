package dev.scenecost.cli;

import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourcePosition;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The screenplay a command was given, parsed, with the settings that apply to it. When it cannot be
 * had, the one-line reason is already printed and the command only has to exit with 2.
 */
record ScreenplayInput(Screenplay screenplay, LoadedConfig settings) {

  /** The screenplay at {@code file}, parsed; empty once the reason it cannot be read is printed. */
  static Optional<Screenplay> parse(Path file, PrintWriter err) {
    return InputFiles.read(file, err).map(FountainParser::parse);
  }

  /** The screenplay with the scenecost.json beside it or in a folder above. */
  static Optional<ScreenplayInput> load(Path file, PrintWriter err) {
    return load(file, null, err);
  }

  /**
   * The screenplay with the settings in {@code settingsFile} (given with {@code --config}), or,
   * when it is null, the scenecost.json beside the screenplay or in a folder above. Problems in the
   * settings are left to the caller: each command shows them its own way.
   */
  static Optional<ScreenplayInput> load(Path file, Path settingsFile, PrintWriter err) {
    Optional<Screenplay> screenplay = parse(file, err);
    if (screenplay.isEmpty()) {
      return Optional.empty();
    }
    if (settingsFile != null && !Files.isRegularFile(settingsFile)) {
      err.println(
          "scenecost: Cannot read "
              + settingsFile
              + ": no such settings file. Check the"
              + " path given to --config.");
      return Optional.empty();
    }
    LoadedConfig settings =
        settingsFile != null ? ConfigLoader.loadFile(settingsFile) : ConfigLoader.load(file, null);
    printWarnings(file, screenplay.get(), err);
    return Optional.of(new ScreenplayInput(screenplay.get(), settings));
  }

  /**
   * What the parser noticed (an unclosed boneyard, bytes that are not UTF-8...), as compilers print
   * it: {@code file:line:column: message}, 1-based, on stderr so reports on stdout stay clean for
   * other programs.
   */
  static void printWarnings(Object file, Screenplay screenplay, PrintWriter err) {
    for (ParseWarning warning : screenplay.warnings()) {
      SourcePosition start = warning.range().start();
      err.println(
          "scenecost: "
              + file
              + ":"
              + (start.line() + 1)
              + ":"
              + (start.character() + 1)
              + ": "
              + warning.message());
    }
  }
}
