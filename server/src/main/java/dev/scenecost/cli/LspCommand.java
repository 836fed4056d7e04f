package dev.scenecost.cli;

import dev.scenecost.budget.estimate.TokenCounter;
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

  private static void halt(int code) {
    System.out.flush();
    System.exit(code);
  }
}
