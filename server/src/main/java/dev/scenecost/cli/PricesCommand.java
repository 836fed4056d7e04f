package dev.scenecost.cli;

import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.report.PriceList;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenecost prices [FILE]}: the price catalog a project's estimates use. */
@Command(
    name = "prices",
    mixinStandardHelpOptions = true,
    description = {
      "List the effective price catalog: every model with what it prices, its price, source and"
          + " date, whether it is retired, and where the entry came from (built-in, scenecost.json"
          + " or a price file).",
      "With FILE (a screenplay), the catalog of its project; without, of the current folder.",
      "Exit codes: 0 listed, 2 bad input."
    })
final class PricesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "A .fountain screenplay whose project's settings apply.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default) or json.")
  String format;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Settings file to use instead of looking for scenecost.json.")
  Path config;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!ScreenplayInput.knownFormat(format, err, "table", "json")) {
      return 2;
    }
    if (file != null && !Files.isRegularFile(file)) {
      err.println("scenecost: Cannot read " + file + ": no such file. Check the path.");
      return 2;
    }
    Optional<LoadedConfig> settings =
        ScreenplayInput.settings(
            file != null ? file : Path.of("").toAbsolutePath().resolve("untitled.fountain"),
            config,
            err);
    if (settings.isEmpty()) {
      return 2;
    }
    LoadedConfig loaded = settings.get();
    loaded.problems().forEach(p -> err.println("scenecost: " + p));
    spec.commandLine()
        .getOut()
        .print(PriceList.render(loaded.config(), LocalDate.now(ZoneOffset.UTC), format));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
