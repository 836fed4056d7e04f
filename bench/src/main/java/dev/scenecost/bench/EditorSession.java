package dev.scenecost.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * End to end, as an editor sees the server: starts {@code java <flags> -jar scenecost.jar lsp} as a
 * child process, speaks LSP over its stdin/stdout with LSP4J's launcher, opens a screenplay and
 * types into it, and records the time from each {@code didChange} to the {@code publishDiagnostics}
 * of that version (or a later one), the cold start to the first diagnostics, and the server's
 * resident memory. Nothing here is a test: it prints figures for docs/performance.md. Run with
 * {@code -h} for the options.
 */
public final class EditorSession {
  private EditorSession() {}

  private static final class Options {
    String jar = "server/target/scenecost.jar";
    String flags = "-Xmx512m -XX:+UseSerialGC";
    String file;
    int copies = 1;
    int starts = 0;
    int keystrokes = 300;
    int warmup = 100;
    int intervalMillis = 100;
    int memoryKeystrokes = 0;
    int reportEvery = 1000;
    boolean budgetView;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          usage(args[i] + " needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--jar" -> o.jar = value;
          case "--flags" -> o.flags = value;
          case "--file" -> o.file = value;
          case "--copies" -> o.copies = number(value);
          case "--starts" -> o.starts = number(value);
          case "--keystrokes" -> o.keystrokes = number(value);
          case "--warmup" -> o.warmup = number(value);
          case "--interval" -> o.intervalMillis = number(value);
          case "--memory" -> o.memoryKeystrokes = number(value);
          case "--report-every" -> o.reportEvery = number(value);
          case "--budget-view" -> o.budgetView = Boolean.parseBoolean(value.trim());
          default -> usage("unknown option " + args[i]);
        }
      }
      if (o.file == null) {
        usage("--file is required");
      }
      return o;
    }
  }

  private static int number(String value) {
    return Integer.parseInt(value.trim(), 10);
  }

  private static void usage(String problem) {
    System.err.println(
        problem
            + "\nUsage: java -cp bench/target/benchmarks.jar dev.scenecost.bench.EditorSession"
            + " --file SCREENPLAY [--jar server/target/scenecost.jar]"
            + " [--flags \"-Xmx512m -XX:+UseSerialGC\"] [--copies N] [--starts N]"
            + " [--warmup N] [--keystrokes N] [--interval MS] [--memory N] [--report-every N]"
            + " [--budget-view true]");
    System.exit(2);
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    String text = Files.readString(Path.of(options.file), StandardCharsets.UTF_8);
    text = text.repeat(options.copies);
    System.out.printf(
        Locale.ROOT,
        "%s x%d: %,d characters, %,d lines; server flags: %s%n",
        options.file,
        options.copies,
        text.length(),
        text.split("\n", -1).length,
        options.flags);
    if (options.starts > 0) {
      // The first start of a run would also be this JVM's own first LSP exchange: loading LSP4J and
      // Gson here takes a core from the server while it starts, which an editor already running
      // does not (0.2-0.3 s more on a 2-core machine). So one start warms this side, uncounted.
      try (Server server = Server.start(options)) {
        long ms = server.openAndAwaitFirstDiagnostics(text);
        System.out.printf(
            Locale.ROOT,
            "(a first start warms the benchmark's own side: %d ms, not counted)%n",
            ms);
      }
    }
    for (int i = 0; i < options.starts; i++) {
      try (Server server = Server.start(options)) {
        long ms = server.openAndAwaitFirstDiagnostics(text);
        System.out.printf(
            Locale.ROOT,
            "cold start to first diagnostics: %d ms (server CPU time %d ms)%n",
            ms,
            server.cpuMillis());
      }
    }
    if (options.keystrokes > 0 || options.memoryKeystrokes > 0) {
      try (Server server = Server.start(options)) {
        server.openAndAwaitFirstDiagnostics(text);
        System.out.printf(
            Locale.ROOT,
            "RSS with the screenplay open: %d MB; %d diagnostics published%n",
            server.rssKilobytes() / 1024,
            server.lastDiagnostics);
        Typist typist = new Typist(text);
        if (options.keystrokes > 0) {
          server.type(typist, options.warmup, options.intervalMillis, false);
          long cpu = server.cpuMillis();
          long[] latencies = server.type(typist, options.keystrokes, options.intervalMillis, true);
          report(latencies, options);
          System.out.printf(
              Locale.ROOT,
              "server CPU time per keystroke: %.1f ms%n",
              (server.cpuMillis() - cpu) / (double) options.keystrokes);
          System.out.printf(Locale.ROOT, "RSS after typing: %d MB%n", server.rssKilobytes() / 1024);
          if (options.budgetView) {
            System.out.printf(
                Locale.ROOT,
                "scenecost/report answered %d times over %d keystrokes%n",
                server.reportsAnswered(),
                options.warmup + options.keystrokes);
          }
        }
        if (options.memoryKeystrokes > 0) {
          long before = server.rssKilobytes();
          for (int done = 0; done < options.memoryKeystrokes; done += options.reportEvery) {
            server.type(
                typist, Math.min(options.reportEvery, options.memoryKeystrokes - done), 0, false);
            System.out.printf(
                Locale.ROOT,
                "after %,d keystrokes (one at a time, each awaited): RSS %d MB%n",
                done + Math.min(options.reportEvery, options.memoryKeystrokes - done),
                server.rssKilobytes() / 1024);
          }
          System.out.printf(
              Locale.ROOT,
              "RSS growth over %,d keystrokes: %+d MB%n",
              options.memoryKeystrokes,
              (server.rssKilobytes() - before) / 1024);
          if (options.flags.contains("NativeMemoryTracking")) {
            // Where the resident memory is: heap, classes, code, compilers, threads...
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(server.process.pid()),
                    "VM.native_memory",
                    "summary")
                .inheritIO()
                .start()
                .waitFor();
          }
        }
      }
    }
    // LSP4J's message threads would keep this JVM alive for their idle minute.
    System.exit(0);
  }

  private static void report(long[] nanos, Options options) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "keystroke -> publishDiagnostics over %d keystrokes, one every %d ms: median %.1f ms,"
            + " p95 %.1f ms, p99 %.1f ms, min %.1f ms, max %.1f ms%n",
        sorted.length,
        options.intervalMillis,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 95)),
        millis(percentile(sorted, 99)),
        millis(sorted[0]),
        millis(sorted[sorted.length - 1]));
  }

  private static long percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  /**
   * Types into the middle of the screenplay: characters at the end of an action line, and every
   * 40th keystroke a line break (a new line moves every scene below it).
   */
  static final class Typist {
    private int line;
    private int column;
    private int typed;

    Typist(String text) {
      String[] lines = text.split("\r\n|\r|\n", -1);
      int middle = lines.length / 2;
      int found = middle;
      while (found < lines.length - 1
          && (lines[found].isBlank()
              || lines[found].equals(lines[found].toUpperCase(Locale.ROOT)))) {
        found++;
      }
      line = found;
      column = lines[found].length();
    }

    /** The next keystroke as an edit. */
    TextDocumentContentChangeEvent next() {
      typed++;
      String key = typed % 40 == 0 ? "\n" : String.valueOf((char) ('a' + typed % 26));
      Position at = new Position(line, column);
      if (key.equals("\n")) {
        line++;
        column = 0;
      } else {
        column++;
      }
      return new TextDocumentContentChangeEvent(new Range(at, at), key);
    }
  }

  /** The server process and the editor's end of the connection. */
  static final class Server implements AutoCloseable, LanguageClient {
    private static final String URI = "file:///bench/screenplay.fountain";

    private final Process process;
    private final LanguageServer remote;
    private final org.eclipse.lsp4j.jsonrpc.Endpoint endpoint;
    private final boolean budgetView;
    private final Object reportLock = new Object();
    private boolean reportInFlight;
    private boolean askAgain;
    private final java.util.concurrent.atomic.AtomicInteger reportsAnswered =
        new java.util.concurrent.atomic.AtomicInteger();
    private final long startedNanos;
    private final ConcurrentHashMap<Integer, CompletableFuture<Long>> waiting =
        new ConcurrentHashMap<>();
    private volatile int publishedVersion = -1;
    private volatile int lastDiagnostics;
    private int version;

    private Server(Process process, long startedNanos, boolean budgetView) {
      this.process = process;
      this.startedNanos = startedNanos;
      this.budgetView = budgetView;
      Launcher<LanguageServer> launcher =
          LSPLauncher.createClientLauncher(
              this, process.getInputStream(), process.getOutputStream());
      launcher.startListening();
      this.remote = launcher.getRemoteProxy();
      this.endpoint = launcher.getRemoteEndpoint();
    }

    static Server start(Options options) throws IOException {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      for (String flag : options.flags.trim().split("\\s+")) {
        if (!flag.isEmpty()) {
          command.add(flag);
        }
      }
      command.addAll(List.of("-jar", options.jar, "lsp"));
      long started = System.nanoTime();
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      return new Server(process, started, options.budgetView);
    }

    /** Initializes, opens the text, waits for its diagnostics; the time since the process began. */
    long openAndAwaitFirstDiagnostics(String text) throws Exception {
      InitializeParams init = new InitializeParams();
      init.setProcessId((int) ProcessHandle.current().pid());
      init.setCapabilities(new ClientCapabilities());
      remote.initialize(init).get(60, TimeUnit.SECONDS);
      remote.initialized(new InitializedParams());
      version = 1;
      CompletableFuture<Long> first = expect(version);
      remote
          .getTextDocumentService()
          .didOpen(
              new DidOpenTextDocumentParams(new TextDocumentItem(URI, "fountain", version, text)));
      long at = first.get(60, TimeUnit.SECONDS);
      return (at - startedNanos) / 1_000_000;
    }

    /**
     * Sends keystrokes one every {@code intervalMillis} (0: each as soon as the previous one's
     * diagnostics arrived) and returns each one's latency to its diagnostics.
     */
    long[] type(Typist typist, int count, int intervalMillis, boolean measure) throws Exception {
      long[] latencies = new long[count];
      List<CompletableFuture<Long>> pending = new ArrayList<>();
      List<Long> sent = new ArrayList<>();
      long next = System.nanoTime();
      for (int i = 0; i < count; i++) {
        if (intervalMillis > 0) {
          long wait = next - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
          next += intervalMillis * 1_000_000L;
        }
        version++;
        CompletableFuture<Long> published = expect(version);
        long at = System.nanoTime();
        remote
            .getTextDocumentService()
            .didChange(
                new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(URI, version), List.of(typist.next())));
        pending.add(published);
        sent.add(at);
        if (intervalMillis == 0) {
          published.get(60, TimeUnit.SECONDS);
        }
      }
      for (int i = 0; i < count; i++) {
        try {
          latencies[i] = pending.get(i).get(60, TimeUnit.SECONDS) - sent.get(i);
        } catch (TimeoutException e) {
          throw new IllegalStateException("No diagnostics for keystroke " + i, e);
        }
      }
      return latencies;
    }

    private CompletableFuture<Long> expect(int version) {
      return waiting.computeIfAbsent(version, v -> new CompletableFuture<>());
    }

    /** CPU time (user and system, every thread) the server process has used, from /proc. */
    long cpuMillis() throws IOException {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11], 10) + Long.parseLong(fields[12], 10);
      return ticks * 10; // USER_HZ is 100 on Linux
    }

    /** Resident set size of the server process, from /proc (Linux). */
    long rssKilobytes() throws IOException {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""), 10);
        }
      }
      return -1;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      if (!URI.equals(diagnostics.getUri()) || diagnostics.getVersion() == null) {
        return;
      }
      long now = System.nanoTime();
      lastDiagnostics = diagnostics.getDiagnostics().size();
      int published = diagnostics.getVersion();
      // Diagnostics of a version answer every keystroke up to it (coalesced edits included).
      for (int v = Math.max(1, publishedVersion + 1); v <= published; v++) {
        expect(v).complete(now);
      }
      publishedVersion = Math.max(publishedVersion, published);
    }

    /**
     * The server's word that a report changed. Without {@code --budget-view true} it is ignored;
     * with it, the report is asked for as the VS Code client's budget view does: each scene's
     * figures without its breakdown, one request at a time, changes meanwhile coalesced into one
     * more request.
     */
    @org.eclipse.lsp4j.jsonrpc.services.JsonNotification("scenecost/reportChanged")
    public void reportChanged(Object params) {
      if (!budgetView) {
        return;
      }
      synchronized (reportLock) {
        if (reportInFlight) {
          askAgain = true;
          return;
        }
        reportInFlight = true;
      }
      askForReport();
    }

    private void askForReport() {
      endpoint
          .request("scenecost/report", java.util.Map.of("uri", URI, "detail", "figures"))
          .whenComplete(
              (report, failure) -> {
                reportsAnswered.incrementAndGet();
                boolean again;
                synchronized (reportLock) {
                  again = askAgain;
                  askAgain = false;
                  reportInFlight = again;
                }
                if (again) {
                  askForReport();
                }
              });
    }

    int reportsAnswered() {
      return reportsAnswered.get();
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}

    @Override
    public void close() throws Exception {
      try {
        remote.shutdown().get(10, TimeUnit.SECONDS);
        remote.exit();
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        // Gone already.
      } finally {
        process.destroyForcibly();
      }
    }
  }
}
