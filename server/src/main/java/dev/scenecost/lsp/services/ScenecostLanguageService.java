package dev.scenecost.lsp.services;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenecost.budget.BudgetAnalysis;
import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.EditedText;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.fit.FilmFitter;
import dev.scenecost.budget.fit.FitPlan;
import dev.scenecost.budget.fit.FitRendering;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.report.FilmFigures;
import dev.scenecost.budget.report.ReportFormat;
import dev.scenecost.budget.report.ReportJson;
import dev.scenecost.budget.report.ShotListReport;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.usage.UsageTracker;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.lsp.Settings;
import dev.scenecost.lsp.document.LineIndex;
import dev.scenecost.lsp.document.TextDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The language service: one entry point per feature, each answered from an {@link Analysis} by its
 * own provider class. Knows nothing of transport or threads, so tests call it directly.
 */
public final class ScenecostLanguageService {
  private final ProjectResolver projects;
  private final BudgetEngine engine = new BudgetEngine();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /**
   * The last parse of each open document, with the text it was parsed from: the next analysis
   * parses only the scenes changed since. Any pair of versions works, so two analyses of one
   * document racing to store theirs cost time at most, never a wrong parse.
   */
  private final Map<String, Parsed> lastParses = new ConcurrentHashMap<>();

  private record Parsed(LineIndex lines, Screenplay screenplay) {}

  /** Settings are re-applied on every keystroke: each problem is said once per settings change. */
  private final Consumer<String> warnOnce =
      message -> {
        if (warned.add(message)) {
          warnTo(message);
        }
      };

  private final Consumer<String> warn;
  private final HoverProvider hover = new HoverProvider();
  private final CodeLensProvider codeLens = new CodeLensProvider();
  private final InlayHintProvider inlayHints = new InlayHintProvider();
  private final DiagnosticsProvider diagnostics = new DiagnosticsProvider();
  private final CodeActionProvider codeActions = new CodeActionProvider();
  private final DocumentSymbolProvider symbols = new DocumentSymbolProvider();
  private final FoldingRangeProvider folding = new FoldingRangeProvider();
  private final CompletionProvider completion = new CompletionProvider();
  private final SemanticTokensProvider semanticTokens = new SemanticTokensProvider();
  private final RenameProvider rename = new RenameProvider();
  private final ReferencesProvider references = new ReferencesProvider();
  private final LedgerCache ledgers = new LedgerCache();
  private final RecordUsageCommand recordUsage;
  private final NumberScenesCommand numberScenes = new NumberScenesCommand();
  private final ImportUsageCommand importUsage;
  private volatile Settings settings = Settings.DEFAULTS;
  private volatile ClientFeatures clientFeatures = ClientFeatures.ALL;

  /**
   * @param warn where problems worth telling the writer go (the server log)
   */
  public ScenecostLanguageService(Consumer<String> warn) {
    this(warn, Clock.systemDefaultZone());
  }

  /**
   * @param clock the writer's today, for ledger rows recorded without a date
   */
  public ScenecostLanguageService(Consumer<String> warn, Clock clock) {
    this.warn = warn;
    this.projects = new ProjectResolver();
    UsageTracker tracker = new UsageTracker();
    this.recordUsage = new RecordUsageCommand(tracker, clock);
    this.importUsage = new ImportUsageCommand(tracker);
  }

  public void setSettings(Settings settings) {
    this.settings = settings;
    warned.clear();
  }

  public Settings settings() {
    return settings;
  }

  public void setClientFeatures(ClientFeatures features) {
    this.clientFeatures = features;
  }

  public void setWorkspaceRoots(List<Path> roots) {
    projects.setWorkspaceRoots(roots);
  }

  /** scenecost.json or the catalog changed on disk: read them again on next use. */
  public void configurationChanged() {
    projects.invalidate();
  }

  public List<String> watchedFileGlobs() {
    return List.of("**/" + ConfigLoader.FILE_NAME, "**/*" + LEDGER_SUFFIX);
  }

  /** How usage ledgers are named: {@code pier.fountain.usage.csv} beside {@code pier.fountain}. */
  public static final String LEDGER_SUFFIX = ".usage.csv";

  /** True when the URI names a usage ledger rather than a configuration file. */
  public static boolean isLedger(String uri) {
    return uri != null && uri.endsWith(LEDGER_SUFFIX);
  }

  /** A ledger changed on disk: read it again on next use. */
  public void ledgerChanged(String ledgerUri) {
    ProjectResolver.toPath(ledgerUri).ifPresentOrElse(ledgers::forget, ledgers::forgetAll);
  }

  /** The ledger file of a screenplay URI; empty for documents that are not files. */
  public static Optional<Path> ledgerOf(String screenplayUri) {
    return ProjectResolver.toPath(screenplayUri)
        .map(path -> UsageTracker.ledgerFor(path).toAbsolutePath().normalize());
  }

  /**
   * True when the screenplay's ledger changed on disk since the analysis read it: editors that
   * cannot watch files still see new rows at the next request (one file-system call).
   */
  public boolean usageOutdated(Analysis analysis) {
    return analysis
        .usage()
        .map(usage -> ledgers.changedSince(usage.ledgerFile(), usage.stamp()))
        .orElse(false);
  }

  public void forget(String uri) {
    semanticTokens.forget(uri);
    lastParses.remove(uri);
  }

  /** Parses and estimates one version of a document. Never throws for any text. */
  public Analysis analyze(TextDocument document) {
    Optional<Path> file = ProjectResolver.toPath(document.uri());
    LedgerCache.Read ledger =
        file.map(f -> readLedger(ledgerOf(document.uri()).get())).orElse(null);
    Parsed earlier = lastParses.get(document.uri());
    EditedText text =
        earlier == null
            ? EditedText.whole(document.lines())
            : new EditedText(
                document.lines(),
                earlier.screenplay(),
                document.lines().changeSince(earlier.lines()));
    BudgetAnalysis budget =
        engine.analyze(
            text,
            file.orElse(null),
            projects.resolve(document.uri()),
            new EditorOverrides(settings, warnOnce),
            ledger == null ? null : path -> ledger.ledger());
    lastParses.put(document.uri(), new Parsed(document.lines(), budget.screenplay()));
    budget
        .failure()
        .ifPresent(
            why ->
                warn.accept(
                    "Could not estimate "
                        + document.uri()
                        + ": "
                        + why
                        + "; costs are missing until the next edit."));
    DocumentUsage usage =
        budget
            .usage()
            .map(
                snapshot ->
                    new DocumentUsage(
                        ledgerOf(document.uri()).get(),
                        ledger.stamp(),
                        snapshot,
                        // Without a ledger nothing shows, so a writer who does not track spend
                        // pays nothing for it.
                        budget.tracked() ? budget.usageAnalysis().orElse(null) : null))
            .orElse(null);
    return new Analysis(document, budget, usage);
  }

  private LedgerCache.Read readLedger(Path ledgerFile) {
    try {
      return ledgers.read(ledgerFile);
    } catch (RuntimeException e) {
      warn.accept(
          "Could not read the usage ledger "
              + ledgerFile
              + " ("
              + e
              + "); spend is missing until it changes.");
      return null;
    }
  }

  /** Problems of scenecost.json as last published, by file URI. */
  private Map<String, List<Diagnostic>> lastConfigDiagnostics = Map.of();

  /** What was last published on each usage ledger, by the ledger's URI. */
  private final Map<String, List<Diagnostic>> lastLedgerDiagnostics = new ConcurrentHashMap<>();

  /**
   * Computes every diagnostic an analysis concerns and hands them to {@code publish}: the
   * screenplay's, scenecost.json's (sent again only when they change) and its ledger's.
   */
  public void publishDiagnostics(Analysis analysis, Consumer<PublishDiagnosticsParams> publish) {
    publish.accept(
        new PublishDiagnosticsParams(analysis.uri(), diagnostics(analysis), analysis.version()));
    publishConfigDiagnostics(publish);
    ledgerDiagnostics(analysis)
        .ifPresent(
            ledger -> {
              List<Diagnostic> previous =
                  lastLedgerDiagnostics.put(ledger.getKey(), ledger.getValue());
              if (!ledger.getValue().equals(previous == null ? List.of() : previous)) {
                publish.accept(new PublishDiagnosticsParams(ledger.getKey(), ledger.getValue()));
              }
            });
  }

  /** A closed screenplay's ledger problems are taken off the ledger file. */
  public void documentClosed(String uri, Consumer<PublishDiagnosticsParams> publish) {
    ledgerOf(uri)
        .map(path -> path.toUri().toString())
        .ifPresent(
            ledgerUri -> {
              List<Diagnostic> previous = lastLedgerDiagnostics.remove(ledgerUri);
              if (previous != null && !previous.isEmpty()) {
                publish.accept(new PublishDiagnosticsParams(ledgerUri, List.of()));
              }
            });
  }

  private synchronized void publishConfigDiagnostics(Consumer<PublishDiagnosticsParams> publish) {
    Map<String, List<Diagnostic>> current = configDiagnostics();
    if (current.equals(lastConfigDiagnostics)) {
      return;
    }
    for (String stale : lastConfigDiagnostics.keySet()) {
      if (!current.containsKey(stale)) {
        publish.accept(new PublishDiagnosticsParams(stale, List.of()));
      }
    }
    current.forEach(
        (uri, diagnostics) -> publish.accept(new PublishDiagnosticsParams(uri, diagnostics)));
    lastConfigDiagnostics = current;
  }

  public List<Diagnostic> diagnostics(Analysis analysis) {
    return diagnostics.diagnostics(analysis, clientFeatures);
  }

  /** Problems of every configuration file in use, keyed by the file's URI. */
  public Map<String, List<Diagnostic>> configDiagnostics() {
    return diagnostics.configDiagnostics(projects.problemsByFileUri());
  }

  /** Problems of the screenplay's usage ledger, keyed by the ledger's URI (empty: no file). */
  public Optional<Map.Entry<String, List<Diagnostic>>> ledgerDiagnostics(Analysis analysis) {
    return diagnostics.ledgerDiagnostics(analysis);
  }

  public Optional<Hover> hover(Analysis analysis, Position position, CancelChecker cancel) {
    return hover.hover(analysis, position, clientFeatures, cancel);
  }

  public List<CodeLens> codeLenses(Analysis analysis, CancelChecker cancel) {
    return settings.display().codeLens() ? codeLens.codeLenses(analysis, cancel) : List.of();
  }

  public List<InlayHint> inlayHints(Analysis analysis, Range range, CancelChecker cancel) {
    return settings.display().inlayHints()
        ? inlayHints.inlayHints(analysis, range, cancel)
        : List.of();
  }

  public List<Either<Command, CodeAction>> codeActions(
      Analysis analysis, CodeActionParams params, CancelChecker cancel) {
    return codeActions.codeActions(analysis, params, cancel);
  }

  public List<DocumentSymbol> documentSymbols(Analysis analysis, CancelChecker cancel) {
    return symbols.documentSymbols(analysis, cancel);
  }

  public List<FoldingRange> foldingRanges(Analysis analysis, CancelChecker cancel) {
    return folding.foldingRanges(analysis, cancel);
  }

  public List<CompletionItem> completion(Analysis analysis, Position position) {
    return completion.complete(analysis, position, analysis.project().config().tiers().keySet());
  }

  public static SemanticTokensLegend semanticTokensLegend() {
    return SemanticTokensProvider.legend();
  }

  public SemanticTokens semanticTokens(Analysis analysis, CancelChecker cancel) {
    return semanticTokens.full(analysis, cancel);
  }

  public Either<SemanticTokens, SemanticTokensDelta> semanticTokensDelta(
      Analysis analysis, String previousResultId, CancelChecker cancel) {
    return semanticTokens.delta(analysis, previousResultId, cancel);
  }

  public Optional<PrepareRenameResult> prepareRename(Analysis analysis, Position position) {
    return rename.prepareRename(analysis, position);
  }

  public WorkspaceEdit rename(Analysis analysis, Position position, String newName) {
    return rename.rename(analysis, position, newName);
  }

  public List<Location> references(Analysis analysis, Position position) {
    return references.references(analysis, position);
  }

  public List<Location> definition(Analysis analysis, Position position) {
    return references.definition(analysis, position);
  }

  /** The commands of {@code workspace/executeCommand}, documented in docs/editors.md. */
  public static List<String> commands() {
    return List.of(RecordUsageCommand.ID, NumberScenesCommand.ID, ImportUsageCommand.ID);
  }

  /**
   * Runs a command. Bad arguments answer with a {@code ResponseErrorException} whose message tells
   * the writer what to pass; the server keeps running.
   *
   * @param open the analysis of an open document by URI
   */
  public CommandOutcome executeCommand(
      String command, List<Object> arguments, Function<String, Optional<Analysis>> open) {
    CommandArguments args = CommandArguments.of(command, arguments);
    CommandOutcome outcome =
        switch (command == null ? "" : command) {
          case RecordUsageCommand.ID -> recordUsage.execute(args, open);
          case NumberScenesCommand.ID -> numberScenes.execute(args, open);
          case ImportUsageCommand.ID -> importUsage.execute(args, open);
          default ->
              throw CommandArguments.invalid(
                  "Scenecost has no command \""
                      + command
                      + "\"; it has "
                      + String.join(", ", commands())
                      + ".");
        };
    outcome.ledgerWritten().ifPresent(ledgers::forget);
    return outcome;
  }

  /**
   * The shot list of the document, as {@code scenecost shots --format FORMAT} prints it; empty
   * without an estimate.
   */
  public Optional<String> shots(Analysis analysis, String format) {
    return analysis
        .estimate()
        .map(
            film ->
                ShotListReport.render(ShotListReport.of(film, analysis.budget().config()), format));
  }

  /**
   * The budget report of the document, as {@code scenecost report --format json} prints it (with
   * {@code --usage} when the screenplay has a ledger); JSON null without an estimate.
   */
  public JsonElement report(Analysis analysis) {
    return report(analysis, ReportJson.Detail.FULL);
  }

  /** As {@link #report(Analysis)}, whole or with each scene's figures alone. */
  public JsonElement report(Analysis analysis, ReportJson.Detail detail) {
    return analysis
        .report()
        .<JsonElement>map(report -> ReportJson.toJson(report, detail))
        .orElse(JsonNull.INSTANCE);
  }

  /**
   * The status bar's line for the document, as the report's {@code film.display.statusBar} reads:
   * sent with every {@code scenecost/reportChanged}, made without the scenes' figures. Empty
   * without an estimate.
   */
  public Optional<FilmFigures.StatusLine> statusBar(Analysis analysis) {
    return analysis.budget().filmFigures().map(FilmFigures::status);
  }

  /**
   * The budget report in {@code format}: exactly what {@code scenecost report --format F} prints
   * (with {@code --usage} when the screenplay has a ledger); empty without an estimate.
   */
  public Optional<String> report(Analysis analysis, ReportFormat format) {
    return analysis.report().map(report -> report.render(format));
  }

  /**
   * The plan of {@code scenecost fit} for the document, for the budget view: the object of {@code
   * scenecost fit --format json} plus the texts the view shows ({@code budgetText}, {@code
   * costWithContingencyText}, each scene's {@code costText}) and, when the plan fits and changes a
   * tier, {@code edit}: the workspace edit of the "Fit the film to its budget" code action. Empty
   * without an estimate or without a budget.
   */
  public Optional<JsonObject> fit(Analysis analysis) {
    if (analysis.estimate().isEmpty() || analysis.estimate().get().budget() == null) {
      return Optional.empty();
    }
    FilmEstimate film = analysis.estimate().get();
    FitPlan plan = FilmFitter.fit(film, analysis.project().config().fit());
    JsonObject answer = JsonParser.parseString(FitRendering.json(plan)).getAsJsonObject();
    String symbol = film.currencySymbol();
    answer.addProperty("budgetText", Amounts.money(plan.budget(), symbol));
    answer.addProperty(
        "costWithContingencyText", Amounts.money(plan.costWithContingency(), symbol));
    JsonArray scenes = answer.getAsJsonArray("scenes");
    for (int i = 0; i < scenes.size(); i++) {
      scenes
          .get(i)
          .getAsJsonObject()
          .addProperty("costText", Amounts.money(plan.scenes().get(i).cost(), symbol));
    }
    FitFilmAction.edit(analysis, plan)
        .ifPresent(edit -> answer.add("edit", ProtocolJson.GSON.toJsonTree(edit)));
    return Optional.of(answer);
  }

  /**
   * LSP4J's own Gson, which writes an {@code Either} as the protocol does; made on first use, not
   * while the server starts.
   */
  private static final class ProtocolJson {
    static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();
  }

  private void warnTo(String message) {
    warn.accept(message);
  }
}
