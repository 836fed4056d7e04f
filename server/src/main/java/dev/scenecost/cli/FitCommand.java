package dev.scenecost.cli;

import dev.scenecost.budget.BudgetAnalysis;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.ValueParsers;
import dev.scenecost.budget.edit.TextChange;
import dev.scenecost.budget.edit.TextChanges;
import dev.scenecost.budget.fit.FilmFitter;
import dev.scenecost.budget.fit.FitPlan;
import dev.scenecost.budget.fit.FitRendering;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.usage.ledger.AtomicFiles;
import dev.scenecost.jfountain.Screenplay;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenecost fit FILE}: a tier for every scene so that the film fits its budget. */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = {
      "Choose a tier for every scene so that the film, with its contingency, fits the budget while"
          + " keeping the important scenes and the principal characters' consistency"
          + " (docs/estimation.md, \"Fitting the film to its budget\"). Tiers written"
          + " [[tier: hero, locked]] are kept.",
      "Exit codes: 0 the plan fits, 1 even the cheapest plan does not, 2 bad input."
    })
final class FitCommand implements Callable<Integer> {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .fountain screenplay.")
  Path file;

  @Option(
      names = "--budget",
      paramLabel = "AMOUNT",
      description =
          "The film's budget, such as 12000 or '$12,000'; wins over the title page and the"
              + " settings.")
  String budget;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default) or json.")
  String format;

  @Option(
      names = "--all",
      description = "In the table, list every scene, not only those whose tier changes.")
  boolean all;

  @Option(
      names = "--write",
      description =
          "Write the plan into the screenplay as [[tier:]] notes (a backup is kept as"
              + " FILE.bak; nothing else in the file changes).")
  boolean write;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Settings file to use instead of looking for scenecost.json.")
  Path config;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!ScreenplayInput.knownFormat(format, err, "table", "json")) {
      return 2;
    }
    String wanted = format.trim().toLowerCase(Locale.ROOT);
    // The bytes the plan is made from: what --write compares the file with before replacing it.
    java.util.Optional<byte[]> read = InputFiles.read(file, err);
    if (read.isEmpty()) {
      return 2;
    }
    byte[] original = read.get();
    Double budgetAmount = null;
    if (budget != null) {
      OptionalDouble amount = ValueParsers.money(budget);
      if (amount.isEmpty()) {
        err.println(
            "scenecost: can't read the budget \""
                + budget
                + "\"; write an amount such as 12000 or '$12,000'.");
        return 2;
      }
      budgetAmount = amount.getAsDouble();
    }
    Double withBudget = budgetAmount;
    java.util.Optional<BudgetAnalysis> analysis =
        ScreenplayInput.analyze(
            original,
            file,
            config,
            settings -> withBudget == null ? settings : settings.withBudget(withBudget),
            null,
            err);
    if (analysis.isEmpty()) {
      return 2;
    }
    analysis.get().settings().problems().forEach(p -> err.println("scenecost: " + p));
    ProjectConfig settings = analysis.get().config();
    Screenplay screenplay = analysis.get().screenplay();
    FilmEstimate film = analysis.get().estimate().orElseThrow();
    if (film.budget() == null) {
      err.println(
          "scenecost: "
              + file
              + " has no budget to fit: add a title page entry such as Budget: $12,000,"
              + " or give --budget.");
      return 2;
    }
    FitPlan plan = FilmFitter.fit(film, settings.fit());
    out.print(
        wanted.equals("json")
            ? FitRendering.json(plan)
            : FitRendering.table(plan, film.currencySymbol(), all));
    out.flush();
    if (!plan.fits()) {
      return 1;
    }
    if (write) {
      return write(original, film, plan, err, out);
    }
    return 0;
  }

  /**
   * Writes the plan's tier notes. Only UTF-8 files are rewritten (with their byte-order mark if
   * they had one), so every byte outside the notes stays as it was; the file is replaced
   * atomically, the original kept as FILE.bak, and a file changed since it was read is left alone.
   */
  private int write(
      byte[] original, FilmEstimate film, FitPlan plan, PrintWriter err, PrintWriter out) {
    if (plan.changes().isEmpty()) {
      out.println("Nothing to write: every scene keeps its tier.");
      return 0;
    }
    boolean bom = original.length >= 3 && Arrays.equals(Arrays.copyOf(original, 3), UTF8_BOM);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(original, bom ? 3 : 0, original.length - (bom ? 3 : 0)))
              .toString();
    } catch (CharacterCodingException e) {
      err.println(
          "scenecost: "
              + file
              + " is not UTF-8, so it is not rewritten (its other characters could change)."
              + " Save it as UTF-8 and run fit --write again, or add the notes by hand.");
      return 2;
    }
    String finalText = text;
    List<TextChange> changes =
        FilmFitter.edits(film, plan, line -> TextChanges.line(finalText, line));
    String updated = TextChanges.apply(text, changes);
    byte[] body = updated.getBytes(StandardCharsets.UTF_8);
    Path backup = file.resolveSibling(file.getFileName() + ".bak");
    try {
      Files.write(backup, original);
      boolean replaced =
          AtomicFiles.replace(
              file,
              stream -> {
                if (bom) {
                  stream.write(UTF8_BOM);
                }
                stream.write(body);
              },
              () -> Arrays.equals(Files.readAllBytes(file), original));
      if (!replaced) {
        err.println(
            "scenecost: "
                + file
                + " changed on disk while the plan was made; nothing was written. Run fit"
                + " --write again.");
        return 2;
      }
    } catch (IOException e) {
      err.println(
          "scenecost: could not write "
              + file
              + ": "
              + e.getMessage()
              + ". The screenplay is unchanged.");
      return 2;
    }
    out.println(
        "Wrote "
            + changes.size()
            + (changes.size() == 1 ? " tier note" : " tier notes")
            + " into "
            + file
            + "; the previous version is "
            + backup.getFileName()
            + ".");
    return 0;
  }
}
