package dev.scenecost.bench;

import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.lsp.document.TextDocument;
import dev.scenecost.lsp.services.Analysis;
import dev.scenecost.lsp.services.ScenecostLanguageService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The language server's work per keystroke and per request on a feature-length screenplay, warm,
 * through the language service exactly as the protocol layer calls it (JSON-RPC and the debounce
 * excluded). See docs/performance.md.
 *
 * <p>{@code keystrokeToDiagnostics}: apply an incremental edit, parse, estimate (the engine
 * memoises token counts by chunk text; every edit writes new text, so the edited chunk is tokenized
 * again each time, as when typing) and build the diagnostics. {@code lineBreakToDiagnostics}: the
 * same for a line break typed into that line and taken out again on the next call, so that every
 * scene below moves each time. {@code hover} and {@code codeLens} answer from the latest analysis,
 * as the server does. {@code copies} repeats the screenplay ({@code -p copies=16}: 2.3 MB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LspBenchmark {
  private static final CancelChecker NEVER = () -> {};
  private static final String URI = "untitled:big-fish.fountain";

  @Param({"../shared/corpus/Big-Fish.fountain"})
  public String file;

  @Param({"1"})
  public int copies;

  private ScenecostLanguageService service;
  private TextDocument document;
  private Analysis analysis;
  private Position middleHeading;
  private int editLine;
  private int editColumn;
  private long keystrokes;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path path = Path.of(file);
    String text;
    if (Files.isRegularFile(path)) {
      text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } else {
      System.err.println("LspBenchmark: " + file + " not found, using a synthetic screenplay");
      text = SyntheticScreenplay.ofLength(150_000);
    }
    text = text.repeat(copies);
    service = new ScenecostLanguageService(message -> {});
    analysis = service.analyze(new TextDocument(URI, 1, text));
    var scenes = analysis.screenplay().scenes();
    var middle = scenes.get(scenes.size() / 2);
    middleHeading = new Position(middle.heading().range().start().line(), 2);
    // A six-character slot at the start of an action line in the middle scene: each keystroke
    // rewrites it with a new number, so the chunk's text is new every time.
    Element action =
        middle.elements().stream()
            .filter(Action.class::isInstance)
            .findFirst()
            .orElse(middle.heading());
    editLine = action.range().start().line();
    editColumn = action.range().start().character();
    document =
        new TextDocument(URI, 1, text)
            .edit(editLine, editColumn, editLine, editColumn, "000000 ", 2);
    analysis = service.analyze(document);
  }

  @Benchmark
  public List<Diagnostic> keystrokeToDiagnostics() {
    keystrokes++;
    String digits = String.format(Locale.ROOT, "%06d", keystrokes % 1_000_000);
    document =
        document.edit(
            editLine, editColumn, editLine, editColumn + 6, digits, document.version() + 1);
    analysis = service.analyze(document);
    return service.diagnostics(analysis);
  }

  @Benchmark
  public List<Diagnostic> lineBreakToDiagnostics() {
    keystrokes++;
    int column = editColumn + 3;
    document =
        keystrokes % 2 == 1
            ? document.edit(editLine, column, editLine, column, "\n", document.version() + 1)
            : document.edit(editLine, column, editLine + 1, 0, "", document.version() + 1);
    analysis = service.analyze(document);
    return service.diagnostics(analysis);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Hover hover() {
    return service.hover(analysis, middleHeading, NEVER).orElseThrow();
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<CodeLens> codeLens() {
    return service.codeLenses(analysis, NEVER);
  }
}
