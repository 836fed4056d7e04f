package dev.scenecost.bench;

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
 * How long jfountain takes to parse a screenplay, warm: the whole parse (lines, boneyards and
 * notes, blocks, scenes and outline) plus the inline emphasis pass of every element, as an editor
 * re-parsing on each keystroke would pay it. See docs/performance.md.
 *
 * <p>{@code feature} parses {@code file} (a path relative to the directory the benchmark runs from,
 * the repository root; a synthetic 150 KB screenplay when the file is missing); {@code
 * tenMegabytes} parses that text repeated to 10 MB, to show time grows linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParserBenchmark {
  private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

  @Param({"../shared/corpus/Big-Fish.fountain"})
  public String file;

  private String feature;
  private String tenMegabytes;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path path = Path.of(file);
    if (Files.isRegularFile(path)) {
      feature = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } else {
      System.err.println("ParserBenchmark: " + file + " not found, using a synthetic screenplay");
      feature = SyntheticScreenplay.ofLength(150_000);
    }
    tenMegabytes = feature.repeat(TEN_MEGABYTES / feature.length() + 1);
  }

  @Benchmark
  public int feature() {
    return parseAndInline(feature);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int tenMegabytes() {
    return parseAndInline(tenMegabytes);
  }

  /** Parse only, without the inline pass (which callers run lazily, element by element). */
  @Benchmark
  public Screenplay featureBlocksOnly() {
    return FountainParser.parse(feature);
  }

  private static int parseAndInline(String text) {
    Screenplay screenplay = FountainParser.parse(text);
    int runs = 0;
    for (var element : screenplay.elements()) {
      runs += element.inlines().size();
    }
    return runs + screenplay.scenes().size();
  }
}
