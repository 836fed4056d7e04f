package dev.scenecost.bench;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * How long the budget engine takes on a feature screenplay, warm. See docs/performance.md.
 *
 * <ul>
 *   <li>{@code endToEnd}: parse the file's text and estimate it (every scene at every tier, the
 *       plan, the findings) with an engine that has seen the script before, as the command line on
 *       a second run or the language server on a save without changes would.
 *   <li>{@code afterOneLineEdit}: the same after changing one action line, differently on every
 *       call, so exactly one chunk is new to the token-count memo: what a keystroke costs.
 *   <li>{@code afterInsertingALine}: the worst case of an edit: a line inserted moves every scene
 *       after it, and those are analysed again. Measured with every scene analysed again (a new
 *       engine sharing the warm token-count memo, so its scene memo is empty).
 *   <li>{@code insertingALineWithTheMemoWarm}: the usual case of that edit: the moved scenes come
 *       from the scene memo, their ranges moved.
 *   <li>{@code estimateOnly}: the estimate of an already parsed screenplay.
 *   <li>{@code coldMemo}: parse and estimate with an empty memo, every chunk tokenized.
 * </ul>
 *
 * <p>{@code file} is relative to the directory the benchmark runs from (the repository root); a
 * synthetic 150 KB screenplay stands in when it is missing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
  @Param({"../shared/corpus/Big-Fish.fountain"})
  public String file;

  private String text;
  private Screenplay screenplay;
  private ProjectConfig config;
  private BudgetEngine engine;
  private String editedLinePrefix;
  private int editedLineStart;
  private int editedLineEnd;
  private long edits;
  private int insertedLines;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path path = Path.of(file);
    if (Files.isRegularFile(path)) {
      text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } else {
      System.err.println("EngineBenchmark: " + file + " not found, using a synthetic screenplay");
      text = SyntheticScreenplay.ofLength(150_000);
    }
    config = ConfigLoader.defaults();
    screenplay = FountainParser.parse(text);
    engine = new BudgetEngine();
    engine.estimate(screenplay, config);
    // The action line to edit: the first line of the middle scene's first action paragraph.
    var middle = screenplay.scenes().get(screenplay.scenes().size() / 2);
    var action =
        middle.elements().stream()
            .filter(e -> e.type() == dev.scenecost.jfountain.node.ElementType.ACTION)
            .findFirst()
            .orElseThrow();
    int line = action.range().start().line();
    editedLineStart = lineStart(text, line);
    editedLineEnd = text.indexOf('\n', editedLineStart);
    editedLinePrefix = text.substring(editedLineStart, editedLineEnd);
  }

  @Benchmark
  public FilmEstimate endToEnd() {
    return engine.estimate(FountainParser.parse(text), config);
  }

  @Benchmark
  public FilmEstimate afterOneLineEdit() {
    String edited =
        text.substring(0, editedLineStart)
            + editedLinePrefix
            + " Edit "
            + (++edits)
            + "."
            + text.substring(editedLineEnd);
    return engine.estimate(FountainParser.parse(edited), config);
  }

  @Benchmark
  public FilmEstimate afterInsertingALine() {
    String edited = text.substring(0, editedLineStart) + "\n" + text.substring(editedLineStart);
    return new BudgetEngine(engine.tokenCounter()).estimate(FountainParser.parse(edited), config);
  }

  /**
   * One more line inserted at the same place each call, with the engine's warm memos: the scenes
   * below move and are reused from the scene memo with their ranges moved, not analysed again.
   */
  @Benchmark
  public FilmEstimate insertingALineWithTheMemoWarm() {
    insertedLines++;
    String edited =
        text.substring(0, editedLineStart)
            + "\n".repeat(insertedLines % 10_000 + 1)
            + text.substring(editedLineStart);
    return engine.estimate(FountainParser.parse(edited), config);
  }

  @Benchmark
  public FilmEstimate estimateOnly() {
    return engine.estimate(screenplay, config);
  }

  @Benchmark
  public FilmEstimate coldMemo() {
    return new BudgetEngine().estimate(FountainParser.parse(text), config);
  }

  private static int lineStart(String text, int line) {
    int at = 0;
    for (int i = 0; i < line; i++) {
      at = text.indexOf('\n', at) + 1;
    }
    return at;
  }
}
