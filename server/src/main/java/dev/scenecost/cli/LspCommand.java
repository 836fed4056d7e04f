package dev.scenecost.cli;

import dev.scenecost.budget.estimate.TokenCounter;
import dev.scenecost.lsp.ScenecostServerLauncher;
import dev.scenecost.lsp.ServerLog;
import dev.scenecost.lsp.document.TextDocument;
import dev.scenecost.lsp.services.Analysis;
import dev.scenecost.lsp.services.ScenecostLanguageService;
import dev.scenecost.lsp.wire.BufferedMessageConsumer;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
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
   * Runs a short screenplay through the whole pipeline on a background thread while the editor's
   * handshake runs: analysis, diagnostics written as they are sent, the status bar's line. The
   * first analysis in a fresh process costs several times a later one with the same empty memos
   * (about 0.35 s against 0.08 s for a feature): loading the settings, the parser's and the
   * engine's classes, linking lambdas and records, compiling the hottest methods. Building the
   * protocol layer keeps one core busy during the handshake and leaves the other mostly idle, so
   * that work is done there instead of on the first screenplay the editor opens.
   */
  private static void warmUpInBackground() {
    Thread warmUp =
        new Thread(
            () -> {
              try {
                warmUp();
              } catch (RuntimeException | Error e) {
                // The first analysis does the same and reports what fails where it can; an
                // uncaught failure here would print a stack trace into the editor's log.
              }
            },
            "scenecost-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /** The warm-up's analysis, and its diagnostics as the server would send them. */
  static WarmUp warmUp() {
    ScenecostLanguageService service = new ScenecostLanguageService(warning -> {});
    Analysis analysis = service.analyze(new TextDocument(WARM_UP_URI, 1, WARM_UP_SCREENPLAY));
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    MessageConsumer sender = new BufferedMessageConsumer(wire, new MessageJsonHandler(Map.of()));
    service.publishDiagnostics(
        analysis,
        diagnostics -> {
          NotificationMessage publish = new NotificationMessage();
          publish.setMethod("textDocument/publishDiagnostics");
          publish.setParams(diagnostics);
          sender.consume(publish);
        });
    service.statusBar(analysis);
    return new WarmUp(analysis, wire.toString(StandardCharsets.UTF_8));
  }

  record WarmUp(Analysis analysis, String sent) {}

  private static final String WARM_UP_URI = "untitled:warm-up.fountain";

  private static final String WARM_UP_SCENES =
      """
      INT. KITCHEN - NIGHT [[tier: standard]]

      A kettle boils. MARA (40s) reads a letter by the window.

      MARA
      (quietly)
      He's not coming back, is he?

      TOM (O.S.)
      Not tonight.

      EXT. HARBOUR - DAY [[budget: $40]]

      Rain. An explosion lights the water as the boats burn.

      TOM
      Get down!

      MARA
      I *told* you.

      CUT TO:

      """;

  private static final String WARM_UP_SCREENPLAY =
      "Title: Warm-up\nBudget: $500\n\n" + WARM_UP_SCENES.repeat(4) + "= Synopsis\n";

  private static void halt(int code) {
    System.out.flush();
    System.exit(code);
  }
}
