package dev.scenecost.cli;

import dev.scenecost.budget.BudgetAnalysis;
import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.LedgerSource;
import dev.scenecost.budget.Overrides;
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
    Optional<LoadedConfig> settings = settings(file, settingsFile, err);
    if (settings.isEmpty()) {
      return Optional.empty();
    }
    printWarnings(file, screenplay.get(), err);
    return Optional.of(new ScreenplayInput(screenplay.get(), settings.get()));
  }

  /**
   * The one analysis of a command: the screenplay with its settings ({@code --config}, or the
   * scenecost.json beside it or above), the command's overrides and, when {@code ledgers} is not
   * null, the usage ledger beside it. Empty once the reason it cannot be had is printed; the
   * parser's warnings are printed on the way.
   */
  static Optional<BudgetAnalysis> analyze(
      Path file, Path settingsFile, Overrides overrides, LedgerSource ledgers, PrintWriter err) {
    Optional<byte[]> bytes = InputFiles.read(file, err);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    return analyze(bytes.get(), file, settingsFile, overrides, ledgers, err);
  }

  /**
   * As {@link #analyze(Path, Path, Overrides, LedgerSource, PrintWriter)}, on bytes already read.
   */
  static Optional<BudgetAnalysis> analyze(
      byte[] bytes,
      Path file,
      Path settingsFile,
      Overrides overrides,
      LedgerSource ledgers,
      PrintWriter err) {
    Optional<LoadedConfig> settings = settings(file, settingsFile, err);
    if (settings.isEmpty()) {
      return Optional.empty();
    }
    BudgetAnalysis analysis =
        new BudgetEngine().analyze(bytes, file, settings.get(), overrides, ledgers);
    printWarnings(file, analysis.screenplay(), err);
    if (analysis.failure().isPresent()) {
      err.println(
          "scenecost: could not estimate "
              + file
              + ": "
              + analysis.failure().get()
              + ". Please report this with the screenplay.");
      return Optional.empty();
    }
    return Optional.of(analysis);
  }

  /**
   * True when {@code format} (any case, spaces around it ignored) is one of {@code formats};
   * otherwise says on {@code err} which ones there are.
   */
  static boolean knownFormat(String format, PrintWriter err, String... formats) {
    String wanted = format.trim();
    for (String known : formats) {
      if (known.equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    String choices =
        formats.length == 1
            ? formats[0]
            : String.join(", ", java.util.Arrays.copyOf(formats, formats.length - 1))
                + " or "
                + formats[formats.length - 1];
    err.println("scenecost: unknown format \"" + format + "\"; use " + choices + ".");
    return false;
  }

  /** The settings in {@code settingsFile}, or the scenecost.json that applies to {@code file}. */
  static Optional<LoadedConfig> settings(Path file, Path settingsFile, PrintWriter err) {
    if (settingsFile != null && !Files.isRegularFile(settingsFile)) {
      err.println(
          "scenecost: Cannot read "
              + settingsFile
              + ": no such settings file. Check the"
              + " path given to --config.");
      return Optional.empty();
    }
    return Optional.of(
        settingsFile != null ? ConfigLoader.loadFile(settingsFile) : ConfigLoader.load(file, null));
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
