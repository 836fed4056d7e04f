package dev.scenecost.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.scenecost.budget.report.ReportFormat;
import dev.scenecost.budget.report.ReportJson;
import dev.scenecost.lsp.services.Analysis;
import dev.scenecost.lsp.services.ClientFeatures;
import dev.scenecost.lsp.services.CommandOutcome;
import dev.scenecost.lsp.services.ScenecostLanguageService;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.LogTraceParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.TraceValue;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Scenecost language server: lifecycle, settings, trace and publishing. Features live in {@link
 * ScenecostLanguageService}; this class only wires the protocol to it.
 */
public final class ScenecostLanguageServer
    implements LanguageServer, LanguageClientAware, ScenecostServerExtensions {
  private final ServerLog log;
  private final IntConsumer exit;
  private final ScenecostLanguageService service;
  private final OpenDocuments documents;
  private final ExecutorService requests;
  private final ExecutorService analysisThread;
  private final ScenecostTextDocumentService textDocumentService;
  private final ScenecostWorkspaceService workspaceService = new ScenecostWorkspaceService(this);
  private volatile LanguageClient client;
  private volatile ClientCapabilities capabilities = new ClientCapabilities();
  private volatile String trace = TraceValue.Off;
  private volatile boolean shutdownRequested;

  /**
   * @param exit called with the process exit code on {@code exit} or when the editor is gone
   */
  public ScenecostLanguageServer(ServerLog log, IntConsumer exit) {
    this.log = log;
    this.exit = exit;
    this.service = new ScenecostLanguageService(log::warning);
    this.requests = Executors.newFixedThreadPool(2, daemon("scenecost-request"));
    this.analysisThread = Executors.newSingleThreadExecutor(daemon("scenecost-analysis"));
    this.documents =
        new OpenDocuments(
            this::analyze, service::usageOutdated, this::publish, analysisThread, log);
    this.textDocumentService =
        new ScenecostTextDocumentService(service, documents, requests, log, this::documentClosed);
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
    log.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    capabilities =
        params.getCapabilities() == null ? new ClientCapabilities() : params.getCapabilities();
    if (params.getTrace() != null) {
      trace = params.getTrace();
    }
    service.setClientFeatures(ClientFeatures.of(capabilities));
    service.setWorkspaceRoots(WorkspaceRoots.of(params));
    Settings settings = Settings.from(params.getInitializationOptions());
    reportSettingsProblems(settings);
    service.setSettings(settings);
    if (!ParentProcessWatcher.watch(params.getProcessId(), this::editorGone)) {
      log.warning("The editor process " + params.getProcessId() + " is not running; stopping.");
      editorGone();
    }
    InitializeResult result = new InitializeResult(ServerCapabilitiesFactory.create(capabilities));
    result.setServerInfo(new ServerInfo("scenecost", version()));
    return CompletableFuture.completedFuture(result);
  }

  @Override
  public void initialized(InitializedParams params) {
    if (capabilities.getWorkspace() != null
        && capabilities.getWorkspace().getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(
            capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration())) {
      List<FileSystemWatcher> watchers =
          service.watchedFileGlobs().stream()
              .map(glob -> new FileSystemWatcher(Either.forLeft(glob)))
              .toList();
      Registration registration =
          new Registration(
              "scenecost-config-watcher",
              "workspace/didChangeWatchedFiles",
              new DidChangeWatchedFilesRegistrationOptions(watchers));
      client
          .registerCapability(new RegistrationParams(List.of(registration)))
          .exceptionally(
              e -> {
                log.warning(
                    "The editor refused to watch scenecost.json and the usage ledgers ("
                        + e.getMessage()
                        + "); edits to them apply when a screenplay changes.");
                return null;
              });
    }
    log.info("Scenecost language server " + version() + " ready.");
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdownRequested = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    stopThreads();
    exit.accept(shutdownRequested ? 0 : 1);
  }

  @Override
  public void setTrace(SetTraceParams params) {
    trace = params.getValue() == null ? TraceValue.Off : params.getValue();
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textDocumentService;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspaceService;
  }

  @Override
  public CompletableFuture<JsonElement> report(ReportParams params) {
    return CompletableFutures.computeAsync(
        requests,
        cancel -> {
          String uri = params == null ? null : params.getUri();
          String formatName = params == null ? null : params.getFormat();
          Optional<ReportFormat> format = ReportFormat.named(formatName);
          if (formatName != null && (format.isEmpty() || format.get() == ReportFormat.TABLE)) {
            throw new ResponseErrorException(
                new ResponseError(
                    ResponseErrorCode.InvalidParams,
                    "scenecost/report has no format \""
                        + formatName
                        + "\"; use json, csv or md, or none for the report object.",
                    null));
          }
          String detailName = params == null ? null : params.getDetail();
          Optional<ReportJson.Detail> detail =
              detailName == null
                  ? Optional.of(ReportJson.Detail.FULL)
                  : ReportJson.Detail.named(detailName);
          if (detail.isEmpty() || (detailName != null && formatName != null)) {
            throw new ResponseErrorException(
                new ResponseError(
                    ResponseErrorCode.InvalidParams,
                    detail.isEmpty()
                        ? "scenecost/report has no detail \""
                            + detailName
                            + "\"; use full or figures, or none for the whole report."
                        : "scenecost/report takes a detail only for the report object, not with"
                            + " a format: a text report is always whole.",
                    null));
          }
          Optional<Analysis> analysis = uri == null ? Optional.empty() : documents.analysis(uri);
          if (analysis.isEmpty()) {
            log.warning("No report for " + uri + ": the editor has not opened that document.");
            // Java null, not JsonNull: LSP4J writes "result": null only for null; for a JsonNull,
            // Gson drops the "result" name and vscode-jsonrpc never settles.
            return null;
          }
          JsonElement answer =
              format.isEmpty()
                  ? service.report(analysis.get(), detail.get())
                  : service
                      .report(analysis.get(), format.get())
                      .map(ScenecostLanguageServer::textAnswer)
                      .orElse(null);
          return answer == null || answer.isJsonNull() ? null : answer;
        });
  }

  @Override
  public CompletableFuture<JsonElement> shots(ShotsParams params) {
    return CompletableFutures.computeAsync(
        requests,
        cancel -> {
          String uri = params == null ? null : params.getUri();
          // Without a format, the JSON object; with one, {"text": ...} byte for byte the command
          // line's output, as scenecost/report answers.
          boolean asText =
              params != null && params.getFormat() != null && !params.getFormat().isBlank();
          String format = asText ? params.getFormat().trim() : "json";
          if (!format.matches("(?i)json|csv|table")) {
            throw new org.eclipse.lsp4j.jsonrpc.ResponseErrorException(
                new org.eclipse.lsp4j.jsonrpc.messages.ResponseError(
                    org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.InvalidParams,
                    "Unknown shot list format \"" + format + "\"; use json, csv or table.",
                    null));
          }
          return (uri == null ? java.util.Optional.<Analysis>empty() : documents.analysis(uri))
              .map(
                  analysis ->
                      service
                          .shots(analysis, format)
                          .map(
                              text ->
                                  asText
                                      ? textAnswer(text)
                                      : com.google.gson.JsonParser.parseString(text))
                          .orElse(null))
              .orElseGet(
                  () -> {
                    log.warning(
                        "No shot list for " + uri + ": the editor has not opened that document.");
                    return null;
                  });
        });
  }

  @Override
  public CompletableFuture<JsonElement> fit(FitParams params) {
    return CompletableFutures.computeAsync(
        requests,
        cancel -> {
          String uri = params == null ? null : params.getUri();
          if (uri == null || uri.isBlank()) {
            throw new ResponseErrorException(
                new ResponseError(
                    ResponseErrorCode.InvalidParams,
                    "scenecost/fit needs the screenplay's uri.",
                    null));
          }
          Optional<Analysis> analysis = documents.analysis(uri);
          if (analysis.isEmpty()) {
            log.warning("No plan for " + uri + ": the editor has not opened that document.");
            return null; // Java null, as scenecost/report answers
          }
          return service.fit(analysis.get()).<JsonElement>map(plan -> plan).orElse(null);
        });
  }

  void applySettings(Settings settings) {
    reportSettingsProblems(settings);
    service.setSettings(settings);
    documents.invalidateAll();
    refreshViews();
  }

  void configurationFilesChanged(List<String> uris) {
    log.info("Configuration changed (" + String.join(", ", uris) + "); estimating again.");
    service.configurationChanged();
    documents.invalidateAll();
    refreshViews();
  }

  /** Usage ledgers changed on disk: estimate again the screenplays they belong to. */
  void ledgerFilesChanged(List<String> uris) {
    log.info("Usage ledger changed (" + String.join(", ", uris) + "); reading it again.");
    Set<Path> changed = new HashSet<>();
    for (String uri : uris) {
      service.ledgerChanged(uri);
      WorkspaceRoots.toPath(uri).ifPresent(path -> changed.add(path.toAbsolutePath().normalize()));
    }
    reanalyzeScreenplaysOf(changed);
  }

  private void reanalyzeScreenplaysOf(Set<Path> ledgers) {
    for (String uri : documents.uris()) {
      ScenecostLanguageService.ledgerOf(uri)
          .filter(ledgers::contains)
          .ifPresent(ledger -> documents.invalidate(uri));
    }
    refreshViews();
  }

  /**
   * {@code workspace/executeCommand}: runs the command off the protocol thread; a ledger it wrote
   * re-estimates its screenplay (diagnostics published, lenses refreshed), an edit it made is sent
   * to the editor with {@code workspace/applyEdit}.
   */
  CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
    return CompletableFutures.computeAsync(
        requests,
        cancel -> {
          CommandOutcome outcome =
              service.executeCommand(
                  params.getCommand(), params.getArguments(), documents::analysis);
          outcome
              .ledgerWritten()
              .ifPresent(
                  ledger -> reanalyzeScreenplaysOf(Set.of(ledger.toAbsolutePath().normalize())));
          outcome.editToApply().ifPresent(this::applyEdit);
          return outcome.answer();
        });
  }

  private void applyEdit(WorkspaceEdit edit) {
    LanguageClient connected = client;
    var workspace = capabilities.getWorkspace();
    if (connected == null || workspace == null || !Boolean.TRUE.equals(workspace.getApplyEdit())) {
      return; // the edit is in the command's answer for the editor to apply itself
    }
    connected
        .applyEdit(new ApplyWorkspaceEditParams(edit, "Number all scenes"))
        .whenComplete(
            (response, error) -> {
              if (error != null || response == null || !response.isApplied()) {
                log.warning(
                    "The editor did not apply the scene numbers ("
                        + (error != null
                            ? error.getMessage()
                            : response == null ? "no answer" : response.getFailureReason())
                        + "); the screenplay probably changed meanwhile."
                        + " Run Number all scenes again.");
              }
            });
  }

  /** A closed screenplay's ledger problems are taken off the ledger file. */
  private void documentClosed(String uri) {
    LanguageClient connected = client;
    if (connected != null) {
      service.documentClosed(uri, connected::publishDiagnostics);
    }
  }

  private Analysis analyze(dev.scenecost.lsp.document.TextDocument document) {
    long started = System.nanoTime();
    Analysis analysis = service.analyze(document);
    if (!TraceValue.Off.equals(trace) && client != null) {
      long micros = (System.nanoTime() - started) / 1000;
      client.logTrace(
          new LogTraceParams(
              "Estimated "
                  + document.uri()
                  + " v"
                  + document.version()
                  + " in "
                  + micros / 1000.0
                  + " ms",
              TraceValue.Verbose.equals(trace)
                  ? analysis.screenplay().scenes().size() + " scenes"
                  : null));
    }
    return analysis;
  }

  /**
   * After each analysis: the service computes and publishes every diagnostic it concerns (the
   * screenplay, scenecost.json, the ledger), then the editor hears that the report changed.
   */
  private void publish(Analysis analysis) {
    LanguageClient connected = client;
    if (connected == null || !documents.isOpen(analysis.uri())) {
      return;
    }
    service.publishDiagnostics(analysis, connected::publishDiagnostics);
    if (connected instanceof ScenecostLanguageClient scenecost) {
      scenecost.reportChanged(
          new ScenecostLanguageClient.ReportChangedParams(
              analysis.uri(), analysis.version(), service.statusBar(analysis).orElse(null)));
    }
  }

  private void refreshViews() {
    LanguageClient connected = client;
    var workspace = capabilities.getWorkspace();
    if (connected == null || workspace == null) {
      return;
    }
    if (workspace.getCodeLens() != null
        && Boolean.TRUE.equals(workspace.getCodeLens().getRefreshSupport())) {
      connected.refreshCodeLenses();
    }
    if (workspace.getInlayHint() != null
        && Boolean.TRUE.equals(workspace.getInlayHint().getRefreshSupport())) {
      connected.refreshInlayHints();
    }
  }

  private void reportSettingsProblems(Settings settings) {
    settings.problems().forEach(log::warning);
  }

  private void editorGone() {
    log.info("The editor has gone; the Scenecost server stops.");
    stopThreads();
    exit.accept(shutdownRequested ? 0 : 1);
  }

  private void stopThreads() {
    requests.shutdownNow();
    analysisThread.shutdownNow();
  }

  /** {@code {"text": ...}}: a rendered report, byte for byte what the command line prints. */
  private static JsonElement textAnswer(String text) {
    JsonObject answer = new JsonObject();
    answer.addProperty("text", text);
    return answer;
  }

  private static String version() {
    String version = ScenecostLanguageServer.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
