package dev.scenecost.cli;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.usage.UsageSnapshot;
import dev.scenecost.budget.usage.UsageTracker;
import dev.scenecost.budget.usage.imports.ImportMapping;
import dev.scenecost.budget.usage.imports.ImportMappings;
import dev.scenecost.budget.usage.imports.ImportResult;
import dev.scenecost.budget.usage.imports.UsageImporter;
import dev.scenecost.budget.usage.ledger.LedgerProblem;
import dev.scenecost.budget.usage.ledger.UsageEntry;
import dev.scenecost.jfountain.Screenplay;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenecost usage ...}: the ledger of what generating the film has really cost. */
@Command(
    name = "usage",
    mixinStandardHelpOptions = true,
    description = {
      "The usage ledger: what generating each scene has really cost, kept in "
          + "SCRIPT.usage.csv beside the screenplay (see docs/usage-tracking.md)."
    },
    subcommands = {UsageCommand.ImportCommand.class, UsageCommand.ListCommand.class})
final class UsageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code scenecost usage import EXPORT --screenplay SCRIPT [--mapping NAME]}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Add a provider's usage export (CSV) to the screenplay's ledger, through a column "
            + "mapping in scenecost.json. Rows already imported are skipped, so importing the "
            + "same export twice counts nothing twice.",
        "Exit codes: 0 imported, 2 bad input (rows that could not be read are reported; the "
            + "others are imported)."
      })
  static final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPORT", description = "The provider's CSV export.")
    Path export;

    @Option(
        names = "--screenplay",
        required = true,
        paramLabel = "SCRIPT",
        description = "The .fountain screenplay whose ledger receives the rows.")
    Path screenplay;

    @Option(
        names = "--mapping",
        paramLabel = "NAME",
        description =
            "Which mapping of usage.imports in scenecost.json to use; needed only "
                + "when there are several.")
    String mappingName;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Optional<ScreenplayInput> input = ScreenplayInput.load(screenplay, err);
      if (input.isEmpty()) {
        return 2;
      }
      String exportText;
      try {
        // The same bounds as the editor's import: a regular file of at most 64 MB.
        exportText = UsageImporter.readExport(export);
      } catch (IOException | RuntimeException e) {
        err.println("scenecost: Cannot read " + export + ": " + e.getMessage() + ".");
        return 2;
      }
      ImportMappings mappings = ImportMappings.forScreenplay(screenplay, null);
      mappings.problems().forEach(p -> err.println(p));
      ImportMapping mapping = choose(mappings, err);
      if (mapping == null) {
        return 2;
      }
      UsageTracker tracker = new UsageTracker();
      ImportResult result;
      try {
        result = tracker.importExport(export, exportText, screenplay, mapping);
      } catch (IOException e) {
        err.println(
            "scenecost: could not write "
                + UsageTracker.ledgerFor(screenplay)
                + ": "
                + e.getMessage()
                + ". The ledger is as it was; nothing was imported.");
        return 2;
      }
      String symbol = input.get().settings().config().currencySymbol();
      out.println(
          "Added "
              + rows(result.entries().size())
              + " ("
              + Amounts.money(result.cost(), symbol)
              + ") from "
              + export.getFileName()
              + " to "
              + UsageTracker.ledgerFor(screenplay).getFileName()
              + ".");
      if (result.alreadyImported() > 0) {
        out.println(
            capitalised(rows(result.alreadyImported()))
                + " already in the ledger "
                + (result.alreadyImported() == 1 ? "was" : "were")
                + " skipped.");
      }
      if (result.otherProjects() > 0) {
        out.println(
            capitalised(rows(result.otherProjects()))
                + " did not match the mapping's "
                + "scenePattern and "
                + (result.otherProjects() == 1 ? "was" : "were")
                + " left out as another project's.");
      }
      result.problems().forEach(p -> err.println(p));
      reportUnknownScenes(
          tracker.load(screenplay, input.get().screenplay()), result.entries(), err);
      return result.problems().isEmpty() ? 0 : 2;
    }

    private ImportMapping choose(ImportMappings mappings, PrintWriter err) {
      String where =
          mappings.configFile() == null
              ? "scenecost.json (beside the screenplay or in a folder above it)"
              : mappings.configFile().toString();
      if (mappingName != null) {
        return mappings
            .get(mappingName)
            .orElseGet(
                () -> {
                  err.println(
                      "scenecost: "
                          + where
                          + " has no usable import mapping \""
                          + mappingName
                          + "\""
                          + (mappings.mappings().isEmpty()
                              ? "."
                              : "; it has: "
                                  + String.join(", ", mappings.mappings().keySet())
                                  + "."));
                  return null;
                });
      }
      if (mappings.mappings().size() == 1) {
        return mappings.mappings().values().iterator().next();
      }
      if (mappings.mappings().isEmpty()) {
        err.println(
            "scenecost: no import mapping in "
                + where
                + ". Add one that names the "
                + "export's columns, for example:\n"
                + "  { \"usage\": { \"imports\": { \"runway\": { \"date\": \"Date\", \"scene\": "
                + "\"Task name\", \"modality\": \"video\", \"cost\": \"Cost (USD)\" } } } }\n"
                + "See docs/usage-tracking.md.");
      } else {
        err.println(
            "scenecost: "
                + where
                + " has several import mappings ("
                + String.join(", ", mappings.mappings().keySet())
                + "); say which with --mapping.");
      }
      return null;
    }
  }

  /** {@code scenecost usage list SCRIPT}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "Show what each scene has cost so far, per kind of generation, from the ledger.",
        "Exit codes: 0 read, 2 the screenplay could not be read or some ledger rows could not "
            + "be (they are named with their line and the fix)."
      })
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "The .fountain screenplay.")
    Path screenplay;

    @Option(names = "--rows", description = "List every ledger row, with its line.")
    boolean rows;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Optional<ScreenplayInput> input = ScreenplayInput.load(screenplay, err);
      if (input.isEmpty()) {
        return 2;
      }
      Screenplay parsed = input.get().screenplay();
      UsageSnapshot usage = new UsageTracker().load(screenplay, parsed);
      String symbol = input.get().settings().config().currencySymbol();
      if (!usage.ledger().exists()) {
        out.println(
            "Nothing spent yet: there is no "
                + usage.ledger().file().getFileName()
                + ". Record usage from the editor, or import a provider's export with "
                + "'scenecost usage import'.");
        return 0;
      }
      UsageTable.print(out, parsed, usage, symbol, rows);
      usage.problems().forEach(p -> err.println(p));
      return usage.hasSkippedRows() ? 2 : 0;
    }
  }

  static void reportUnknownScenes(UsageSnapshot usage, List<UsageEntry> added, PrintWriter err) {
    Set<Integer> lines = added.stream().map(UsageEntry::line).collect(Collectors.toSet());
    usage.byScene().problems().stream()
        .filter(p -> lines.contains(p.line()))
        .map(LedgerProblem::toString)
        .forEach(err::println);
  }

  static String rows(int count) {
    return count + (count == 1 ? " row" : " rows");
  }

  static String capitalised(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
