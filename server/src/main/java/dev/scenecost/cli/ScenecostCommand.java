package dev.scenecost.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scenecost} command line: a thin face over the parser and the budget engine. */
@Command(
    name = "scenecost",
    mixinStandardHelpOptions = true,
    versionProvider = ScenecostCommand.Version.class,
    description = {
      "Scene-by-scene budgets for making a film from a Fountain screenplay with generative AI.",
      ""
    },
    subcommands = {
      ParseCommand.class,
      ReportCommand.class,
      DiffCommand.class,
      UsageCommand.class,
      CalibrateCommand.class,
      ShotsCommand.class,
      PricesCommand.class,
      FitCommand.class,
      LspCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ScenecostCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    if (args.length == 0 || (args.length == 1 && args[0].equals("lsp"))) {
      // Editors start the jar with no arguments or with "lsp": the language server, at once.
      // Building the command line first would load picocli's 170-odd classes and read every
      // subcommand's options on the editor's cold start, for a command that takes none.
      System.exit(runLanguageServer(new PrintWriter(System.err, true)));
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** {@code scenecost lsp}, without the command line around it. */
  static int runLanguageServer(PrintWriter err) {
    try {
      return new LspCommand().call();
    } catch (RuntimeException failure) {
      err.println(internalError(failure));
      return 2;
    }
  }

  /**
   * A bug of ours must still read as one line, not a stack trace, and must not exit 1, which CI
   * reads as "over budget": 2 says the check could not be made.
   */
  private static String internalError(Exception failure) {
    return "scenecost: stopped by an internal error ("
        + failure
        + "). Please report it with the files you gave.";
  }

  /** Runs the command line with the given streams and returns the exit code; used by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new ScenecostCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (failure, failed, parsed) -> {
          failed.getErr().println(internalError(failure));
          return 2;
        });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ScenecostCommand.class.getPackage().getImplementationVersion();
      return new String[] {"scenecost " + (version == null ? "(development build)" : version)};
    }
  }
}
