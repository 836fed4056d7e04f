package dev.scenecost.lsp;

import dev.scenecost.lsp.document.TextDocument;
import dev.scenecost.lsp.services.Analysis;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents, their latest text and latest analysis.
 *
 * <p>Edits apply at once on the protocol thread (cheap: {@link TextDocument#edit} touches the
 * edited lines only). Analysis starts as soon as the analysis thread is free, with no fixed quiet
 * period: the analysis of a feature takes a few milliseconds, far less than a debounce would add.
 * Edits that arrive while an analysis runs are coalesced: at most one more analysis is queued per
 * document, and it reads the text when it starts, so it analyses the latest version and every
 * version in between is skipped. An analysis whose text was edited again before it finished is not
 * published when the one before it was (the queued one will be), but never are two skipped in a
 * row: when analyses take longer than keystrokes (a screenplay of several megabytes), skipping
 * every superseded one would publish nothing until the writer paused, so instead every other
 * analysis is published, one version behind the text at most. Publications follow the versions in
 * order, never going back. One analysis at a time per document: background runs and requests share
 * one lock.
 *
 * <p>Any request that finds the analysis older than the text computes it on the spot, so answers
 * are never stale.
 */
final class OpenDocuments {
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Function<TextDocument, Analysis> analyzer;
  private final Predicate<Analysis> outdated;
  private final Consumer<Analysis> onAnalyzed;
  private final Executor analysisThread;
  private final ServerLog log;

  private static final class Entry {
    /** Guards {@link #queued} and the edits; held only for moments, never during an analysis. */
    final Object edits = new Object();

    /** Held while this document is analysed, so two analyses of one document never overlap. */
    final Object analysing = new Object();

    volatile TextDocument document;
    volatile Analysis analysis;
    volatile boolean closed;

    /** A background analysis is queued and has not started yet. */
    boolean queued;

    /** The last background analysis was superseded and not published (analysis thread only). */
    boolean skipped;

    Entry(TextDocument document) {
      this.document = document;
    }
  }

  /**
   * @param outdated true when an analysis no longer matches the files it read beside the text (the
   *     usage ledger changed on disk), checked on every request
   * @param onAnalyzed called on the analysis thread after each background analysis of the latest
   *     text (the analysis completed: publish diagnostics, tell the client the report changed)
   * @param analysisThread runs background analyses; a single thread, so documents are analysed one
   *     after another and tasks run in the order they were queued
   */
  OpenDocuments(
      Function<TextDocument, Analysis> analyzer,
      Predicate<Analysis> outdated,
      Consumer<Analysis> onAnalyzed,
      Executor analysisThread,
      ServerLog log) {
    this.analyzer = analyzer;
    this.outdated = outdated;
    this.onAnalyzed = onAnalyzed;
    this.analysisThread = analysisThread;
    this.log = log;
  }

  void open(String uri, int version, String text) {
    close(uri); // an editor may open a document twice: the second text wins
    Entry entry = new Entry(new TextDocument(uri, version, text == null ? "" : text));
    entries.put(uri, entry);
    requestAnalysis(uri, entry);
  }

  /**
   * Applies an edit. An edit whose version is older than the document's is stale (a reordered or
   * replayed message): it is ignored, so the version never moves backwards. A missing version keeps
   * the document's.
   */
  void change(String uri, Integer version, List<TextDocumentContentChangeEvent> changes) {
    Entry entry = entries.get(uri);
    if (entry == null) {
      log.warning(
          "The editor changed "
              + uri
              + " without opening it first; the change is ignored "
              + "until the document is opened.");
      return;
    }
    synchronized (entry.edits) {
      TextDocument document = entry.document;
      if (version != null && version < document.version()) {
        log.warning(
            "Edit version "
                + version
                + " of "
                + uri
                + " arrived after version "
                + document.version()
                + "; it is stale and was ignored.");
        return;
      }
      int next = version == null ? document.version() : version;
      if (version != null && version == document.version()) {
        log.warning(
            "Edit version "
                + version
                + " of "
                + uri
                + " repeats the document's version; applying it, positions clamped to the text.");
      }
      for (TextDocumentContentChangeEvent change : changes) {
        if (change == null) {
          continue;
        }
        String text = change.getText() == null ? "" : change.getText();
        if (change.getRange() == null
            || change.getRange().getStart() == null
            || change.getRange().getEnd() == null) {
          document = document.replaceAll(text, next);
        } else {
          document =
              document.edit(
                  change.getRange().getStart().getLine(),
                  change.getRange().getStart().getCharacter(),
                  change.getRange().getEnd().getLine(),
                  change.getRange().getEnd().getCharacter(),
                  text,
                  next);
        }
      }
      entry.document = document;
    }
    requestAnalysis(uri, entry);
  }

  void close(String uri) {
    Entry entry = entries.remove(uri);
    if (entry != null) {
      entry.closed = true; // a queued analysis of it does nothing
    }
  }

  boolean isOpen(String uri) {
    return entries.containsKey(uri);
  }

  Iterable<String> uris() {
    return List.copyOf(entries.keySet());
  }

  /** The analysis of the document's current text, computed now if the last one is older. */
  Optional<Analysis> analysis(String uri) {
    Entry entry = entries.get(uri);
    if (entry == null) {
      return Optional.empty();
    }
    Analysis current = entry.analysis;
    if (isCurrent(entry, current)) {
      return Optional.of(current);
    }
    boolean filesChanged;
    synchronized (entry.analysing) {
      current = entry.analysis;
      filesChanged = current != null && current.document() == entry.document;
      if (isCurrent(entry, current)) {
        filesChanged = false; // another thread analysed it while this one waited
      } else {
        current = analyze(entry);
      }
    }
    if (filesChanged) {
      // No keystroke asked for this analysis (a file beside the text changed), so nothing is
      // queued to publish it: queue that.
      requestAnalysis(uri, entry);
    }
    return Optional.of(current);
  }

  /** Forgets the analysis of one document (a file it depends on changed) and re-analyses it. */
  void invalidate(String uri) {
    Entry entry = entries.get(uri);
    if (entry != null) {
      entry.analysis = null;
      requestAnalysis(uri, entry);
    }
  }

  /** Forgets every analysis (the configuration changed) and re-analyses the open documents. */
  void invalidateAll() {
    for (String uri : uris()) {
      invalidate(uri);
    }
  }

  private boolean isCurrent(Entry entry, Analysis analysis) {
    return analysis != null && analysis.document() == entry.document && !outdated.test(analysis);
  }

  /** Analyses the latest text; the caller holds {@code entry.analysing}. */
  private Analysis analyze(Entry entry) {
    Analysis result = analyzer.apply(entry.document);
    entry.analysis = result;
    return result;
  }

  /** Queues a background analysis unless one is already queued (it will read the latest text). */
  private void requestAnalysis(String uri, Entry entry) {
    synchronized (entry.edits) {
      if (entry.queued) {
        return;
      }
      entry.queued = true;
    }
    analysisThread.execute(() -> analyzeAndPublish(uri, entry));
  }

  private void analyzeAndPublish(String uri, Entry entry) {
    synchronized (entry.edits) {
      entry.queued = false; // from here on, an edit queues another run
    }
    if (entry.closed) {
      return;
    }
    try {
      Analysis analysis;
      synchronized (entry.analysing) {
        analysis = entry.analysis;
        if (analysis == null || analysis.document() != entry.document || outdated.test(analysis)) {
          analysis = analyze(entry);
        }
      }
      // Superseded while it ran: the run queued by that edit publishes the newer text instead,
      // unless the run before this one was skipped for the same reason.
      boolean superseded = analysis.document() != entry.document;
      if (entry.closed) {
        return;
      }
      if (superseded && !entry.skipped) {
        entry.skipped = true;
      } else {
        entry.skipped = false;
        onAnalyzed.accept(analysis);
      }
    } catch (RuntimeException | StackOverflowError e) {
      log.error("Could not analyse " + uri + "; the previous results stay on screen", e);
    }
  }
}
