package dev.scenecost.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.BudgetAnalysis;
import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.Overrides;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.lsp.document.TextDocument;
import dev.scenecost.lsp.services.Analysis;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/**
 * Scheduling of analyses: as soon as the analysis thread is free, edits coalesced, latest version
 * wins. The analysis thread is either a queue the test runs by hand or a real thread held at a
 * latch, so nothing depends on timing.
 */
class OpenDocumentsTest {
  private static final String URI = "file:///film.fountain";
  private static final BudgetEngine ENGINE = new BudgetEngine();

  /** An executor that runs nothing until the test says so. */
  private static final class ManualThread implements Executor {
    final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.poll().run();
      }
    }
  }

  private final List<Integer> analysed = new CopyOnWriteArrayList<>();
  private final List<Integer> published = new CopyOnWriteArrayList<>();
  private final ServerLog log = new ServerLog(new PrintStream(new ByteArrayOutputStream()));

  private Analysis analyse(TextDocument document) {
    analysed.add(document.version());
    BudgetAnalysis budget =
        ENGINE.analyze(
            document.text(),
            null,
            new LoadedConfig(ConfigLoader.defaults(), null, List.of()),
            Overrides.NONE,
            null);
    return new Analysis(document, budget, null);
  }

  private OpenDocuments documents(Executor thread) {
    return new OpenDocuments(
        this::analyse, analysis -> false, a -> published.add(a.version()), thread, log);
  }

  /** Appends text at the start of the first line. */
  private static List<TextDocumentContentChangeEvent> typing(String text) {
    return List.of(
        new TextDocumentContentChangeEvent(
            new Range(new Position(0, 0), new Position(0, 0)), text));
  }

  @Test
  void anOpenedDocumentIsAnalysedAsSoonAsTheThreadIsFree() {
    ManualThread thread = new ManualThread();
    OpenDocuments documents = documents(thread);
    documents.open(URI, 1, "INT. HOUSE - DAY\n\nRain.\n");
    assertEquals(1, thread.tasks.size(), "queued at once, no timer");
    thread.runAll();
    assertEquals(List.of(1), analysed);
    assertEquals(List.of(1), published);
  }

  @Test
  void editsThatArriveBeforeTheAnalysisStartsCostOneAnalysisOfTheLatestText() {
    ManualThread thread = new ManualThread();
    OpenDocuments documents = documents(thread);
    documents.open(URI, 1, "INT. HOUSE - DAY\n");
    thread.runAll();
    documents.change(URI, 2, typing("a"));
    documents.change(URI, 3, typing("b"));
    documents.change(URI, 4, typing("c"));
    assertEquals(1, thread.tasks.size(), "one analysis queued for three edits");
    thread.runAll();
    assertEquals(List.of(1, 4), analysed);
    assertEquals(List.of(1, 4), published);
    assertEquals("cbaINT. HOUSE - DAY\n", documents.analysis(URI).orElseThrow().document().text());
  }

  @Test
  void editsDuringAnAnalysisQueueOneMoreAndTheStaleResultIsNotPublished() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      OpenDocuments documents =
          new OpenDocuments(
              document -> {
                if (document.version() == 2) {
                  started.countDown();
                  await(release);
                }
                return analyse(document);
              },
              analysis -> false,
              a -> published.add(a.version()),
              thread,
              log);
      documents.open(URI, 1, "INT. HOUSE - DAY\n");
      awaitPublished(1);
      documents.change(URI, 2, typing("a"));
      assertTrue(started.await(20, TimeUnit.SECONDS));
      // Version 2 is being analysed; these arrive meanwhile.
      documents.change(URI, 3, typing("b"));
      documents.change(URI, 4, typing("c"));
      documents.change(URI, 5, typing("d"));
      release.countDown();
      thread.shutdown();
      assertTrue(thread.awaitTermination(20, TimeUnit.SECONDS));

      assertEquals(List.of(1, 2, 5), analysed, "versions 3 and 4 are skipped");
      assertEquals(List.of(1, 5), published, "version 2 was superseded before it finished");
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void typingFasterThanAnalysisPublishesEveryOtherAnalysisInsteadOfNone() {
    ManualThread thread = new ManualThread();
    OpenDocuments[] holder = new OpenDocuments[1];
    OpenDocuments documents =
        new OpenDocuments(
            document -> {
              Analysis analysis = analyse(document);
              // A keystroke arrives before each analysis up to version 5 finishes.
              if (document.version() >= 2 && document.version() <= 5) {
                holder[0].change(URI, document.version() + 1, typing("x"));
              }
              return analysis;
            },
            analysis -> false,
            a -> published.add(a.version()),
            thread,
            log);
    holder[0] = documents;
    documents.open(URI, 1, "INT. HOUSE - DAY\n");
    thread.runAll();
    documents.change(URI, 2, typing("a"));
    thread.runAll();
    assertEquals(List.of(1, 2, 3, 4, 5, 6), analysed);
    assertEquals(
        List.of(1, 3, 5, 6),
        published,
        "2 and 4 were superseded right after a published run; 3 and 5 after a skipped one");
  }

  @Test
  void aRequestAnalysesTheLatestTextAndTheQueuedRunReusesIt() {
    ManualThread thread = new ManualThread();
    OpenDocuments documents = documents(thread);
    documents.open(URI, 1, "INT. HOUSE - DAY\n");
    documents.change(URI, 2, typing("a"));
    assertEquals(2, documents.analysis(URI).orElseThrow().version());
    thread.runAll();
    assertEquals(List.of(2), analysed, "the background run found version 2 analysed");
    assertEquals(List.of(2), published);
  }

  @Test
  void aClosedDocumentIsNeitherAnalysedNorPublished() {
    ManualThread thread = new ManualThread();
    OpenDocuments documents = documents(thread);
    documents.open(URI, 1, "INT. HOUSE - DAY\n");
    documents.close(URI);
    thread.runAll();
    assertEquals(List.of(), analysed);
    assertEquals(List.of(), published);
  }

  @Test
  void reopeningReplacesTheTextAndOnlyTheNewTextIsPublished() {
    ManualThread thread = new ManualThread();
    OpenDocuments documents = documents(thread);
    documents.open(URI, 1, "INT. HOUSE - DAY\n");
    documents.open(URI, 7, "EXT. FIELD - NIGHT\n");
    thread.runAll();
    assertEquals(List.of(7), analysed);
    assertEquals(List.of(7), published);
  }

  @Test
  void invalidatingReanalysesAndPublishesAnUnchangedText() {
    ManualThread thread = new ManualThread();
    OpenDocuments documents = documents(thread);
    documents.open(URI, 1, "INT. HOUSE - DAY\n");
    thread.runAll();
    documents.invalidateAll();
    thread.runAll();
    assertEquals(List.of(1, 1), analysed);
    assertEquals(List.of(1, 1), published);
  }

  private void awaitPublished(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (published.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(count, published.size());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
