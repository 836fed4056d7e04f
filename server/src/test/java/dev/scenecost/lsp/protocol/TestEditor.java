package dev.scenecost.lsp.protocol;

import dev.scenecost.lsp.ScenecostLanguageClient;
import dev.scenecost.lsp.ScenecostServerExtensions;
import dev.scenecost.lsp.ScenecostServerLauncher;
import dev.scenecost.lsp.ServerLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.LogTraceParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * An editor in a test: the real server in-process, connected over piped streams through LSP4J's
 * client launcher, so every message is serialised as JSON-RPC exactly as over stdio.
 */
final class TestEditor implements ScenecostLanguageClient, AutoCloseable {
  /** The server as the editor sees it: the LSP plus Scenecost's own requests. */
  interface RemoteServer extends LanguageServer, ScenecostServerExtensions {}

  static final Duration WAIT = Duration.ofSeconds(20);

  final List<PublishDiagnosticsParams> diagnostics = new CopyOnWriteArrayList<>();
  private final java.util.Set<Integer> claimed = java.util.concurrent.ConcurrentHashMap.newKeySet();
  final List<MessageParams> logMessages = new CopyOnWriteArrayList<>();
  final List<LogTraceParams> traces = new CopyOnWriteArrayList<>();
  final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
  final List<ApplyWorkspaceEditParams> appliedEdits = new CopyOnWriteArrayList<>();
  final List<ReportChangedParams> reportChanges = new CopyOnWriteArrayList<>();
  final java.util.concurrent.atomic.AtomicInteger codeLensRefreshes =
      new java.util.concurrent.atomic.AtomicInteger();
  final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  final ByteArrayOutputStream serverStderr = new ByteArrayOutputStream();
  final RemoteServer server;

  /** The server's input, for writing raw bytes (garbage) as a broken editor would. */
  final OutputStream rawToServer;

  TestEditor() {
    try {
      // NIO pipes: unlike java.io's piped streams they do not fail when a writing thread ends.
      Pipe toServer = Pipe.open();
      Pipe toEditor = Pipe.open();
      InputStream serverIn = Channels.newInputStream(toServer.source());
      rawToServer = Channels.newOutputStream(toServer.sink());
      InputStream editorIn = Channels.newInputStream(toEditor.source());
      OutputStream serverOut = Channels.newOutputStream(toEditor.sink());
      ServerLog log = new ServerLog(new PrintStream(serverStderr, true, StandardCharsets.UTF_8));
      ScenecostServerLauncher.start(serverIn, serverOut, log, exitCode::complete);
      Launcher<RemoteServer> launcher =
          new LSPLauncher.Builder<RemoteServer>()
              .setLocalService(this)
              .setRemoteInterface(RemoteServer.class)
              .setInput(editorIn)
              .setOutput(rawToServer)
              .create();
      launcher.startListening();
      server = launcher.getRemoteProxy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The first diagnostics published for a URI that satisfy the condition and that no earlier call
   * returned, waiting for them if need be. Others stay available, whatever order they came in.
   */
  PublishDiagnosticsParams awaitDiagnostics(
      String uri, Predicate<PublishDiagnosticsParams> condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < diagnostics.size(); i++) {
        PublishDiagnosticsParams next = diagnostics.get(i);
        if (!claimed.contains(i) && next.getUri().equals(uri) && condition.test(next)) {
          claimed.add(i);
          return next;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError(
        "No matching diagnostics for "
            + uri
            + " within "
            + WAIT
            + "; server log:\n"
            + serverStderr.toString(StandardCharsets.UTF_8));
  }

  /** Waits until the server has asked to watch files (a request it sends after initialized). */
  RegistrationParams awaitRegistration() throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (registrations.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    if (registrations.isEmpty()) {
      throw new AssertionError("The server registered no capability");
    }
    return registrations.get(0);
  }

  /** Opens a screenplay as an editor does; returns the document service for what follows. */
  TextDocumentService open(String uri, int version, String text) {
    TextDocumentService documents = server.getTextDocumentService();
    documents.didOpen(
        new DidOpenTextDocumentParams(new TextDocumentItem(uri, "fountain", version, text)));
    return documents;
  }

  static <T> T get(CompletableFuture<T> future) throws Exception {
    return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams params) {
    diagnostics.add(params);
  }

  @Override
  public void reportChanged(ReportChangedParams params) {
    reportChanges.add(params);
  }

  @Override
  public void logMessage(MessageParams message) {
    logMessages.add(message);
  }

  @Override
  public void logTrace(LogTraceParams params) {
    traces.add(params);
  }

  @Override
  public CompletableFuture<Void> registerCapability(RegistrationParams params) {
    registrations.add(params);
    return CompletableFuture.completedFuture(null);
  }

  /** Applies nothing itself: the test sends the edit back as a change, as the editor would. */
  @Override
  public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
    appliedEdits.add(params);
    return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
  }

  @Override
  public CompletableFuture<Void> refreshCodeLenses() {
    codeLensRefreshes.incrementAndGet();
    return CompletableFuture.completedFuture(null);
  }

  /** Waits until the condition holds, or fails naming what was awaited. */
  static void await(String what, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      Thread.sleep(10);
    }
  }

  @Override
  public void showMessage(MessageParams message) {
    logMessages.add(message);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void close() throws IOException {
    rawToServer.close();
  }
}
