package dev.scenecost.cli;

import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.estimate.TokenCounter;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.lsp.ScenecostServerLauncher;
import dev.scenecost.lsp.ServerLog;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;

/**
 * {@code scenecost lsp} (and {@code scenecost} with no arguments): the language server on stdio,
 * for VS Code, Neovim, Emacs, Helix and any other LSP editor.
 */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    description = {
      "Run the Scenecost language server over standard input and output (LSP 3.17), as editors "
          + "start it. Logs go to standard error; standard output carries only the protocol.",
      "Running scenecost with no arguments does the same."
    })
final class LspCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    // Keep the real stdout for the protocol, then send every stray print to stderr before
    // anything (a library, a forgotten println) can corrupt the message stream.
    OutputStream protocolOut = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    PrintStream stderr = System.err;
    System.setOut(stderr);
    ServerLog log = new ServerLog(stderr);
    TokenCounter.loadInBackground();
    warmUpInBackground();
    ScenecostServerLauncher.Running running =
        ScenecostServerLauncher.start(
            new FileInputStream(FileDescriptor.in), protocolOut, log, LspCommand::halt);
    try {
      running.listening().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      log.error("The connection to the editor failed", e.getCause());
    }
    log.disconnect();
    log.info("The editor closed the connection; the Scenecost server stops.");
    return 0;
  }

  /**
   * Reads the built-in settings and parses a few lines of screenplay on a background thread while
   * the editor's handshake runs, so that the first screenplay opened does not wait for the settings
   * (about 0.16 s cold) or for the parser's classes to load.
   */
  private static void warmUpInBackground() {
    Thread warmUp =
        new Thread(
            () -> {
              try {
                ConfigLoader.defaults();
                FountainParser.parse(WARM_UP_SCREENPLAY);
              } catch (RuntimeException e) {
                // The first analysis does the same and reports what fails where it can.
              }
            },
            "scenecost-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  private static final String WARM_UP_SCREENPLAY =
      "Title: Warm-up\n\nINT. ROOM - DAY [[tier: standard]]\n\nA door opens.\n\n"
          + "ANNA\n(quietly)\nHello, *you*.\n\nCUT TO:\n\n.FLASHBACK\n\n= Synopsis\n";

  private static void halt(int code) {
    System.out.flush();
    System.exit(code);
  }
}
