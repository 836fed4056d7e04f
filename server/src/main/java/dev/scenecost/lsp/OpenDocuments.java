package dev.scenecost.lsp;

import dev.scenecost.lsp.document.TextDocument;
import dev.scenecost.lsp.services.Analysis;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents, their latest text and latest analysis. Edits apply at once on the protocol
 * thread (cheap); analysis runs after a short quiet period (the debounce), and any request that
 * finds the analysis older than the text computes it on the spot, so answers are never stale and a
 * burst of keystrokes costs one analysis.
 */
final class OpenDocuments {
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Function<TextDocument, Analysis> analyzer;
  private final Predicate<Analysis> outdated;
  private final Consumer<Analysis> onAnalyzed;
  private final ScheduledExecutorService scheduler;
  private final long debounceMillis;
  private final ServerLog log;

  private static final class Entry {
    volatile TextDocument document;
    volatile Analysis analysis;
    ScheduledFuture<?> pending;

    Entry(TextDocument document) {
      this.document = document;
    }
  }

  /**
   * @param outdated true when an analysis no longer matches the files it read beside the text (the
   *     usage ledger changed on disk), checked on every request
   */
  OpenDocuments(
      Function<TextDocument, Analysis> analyzer,
      Predicate<Analysis> outdated,
      Consumer<Analysis> onAnalyzed,
      ScheduledExecutorService scheduler,
      long debounceMillis,
      ServerLog log) {
    this.analyzer = analyzer;
    this.outdated = outdated;
    this.onAnalyzed = onAnalyzed;
    this.scheduler = scheduler;
    this.debounceMillis = debounceMillis;
    this.log = log;
  }

  void open(String uri, int version, String text) {
    close(uri); // an editor may open a document twice: the second text wins
    entries.put(uri, new Entry(new TextDocument(uri, version, text == null ? "" : text)));
    schedule(uri, 0);
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
    synchronized (entry) {
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
    schedule(uri, debounceMillis);
  }

  void close(String uri) {
    Entry entry = entries.remove(uri);
    if (entry != null) {
      synchronized (entry) {
        if (entry.pending != null) {
          entry.pending.cancel(false);
        }
      }
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
    return analysis(uri, true);
  }

  /**
   * @param publishIfFilesChanged when the analysis is redone because a file beside the text changed
   *     (no keystroke, so nothing is scheduled), publish its diagnostics too
   */
  private Optional<Analysis> analysis(String uri, boolean publishIfFilesChanged) {
    Entry entry = entries.get(uri);
    if (entry == null) {
      return Optional.empty();
    }
    Analysis current = entry.analysis;
    if (current != null && current.document() == entry.document && !outdated.test(current)) {
      return Optional.of(current);
    }
    boolean filesChanged;
    synchronized (entry) {
      current = entry.analysis;
      TextDocument document = entry.document;
      filesChanged = current != null && current.document() == document;
      if (current == null || current.document() != document || outdated.test(current)) {
        current = analyzer.apply(document);
        entry.analysis = current;
      } else {
        filesChanged = false;
      }
    }
    if (filesChanged && publishIfFilesChanged) {
      schedule(uri, 0);
    }
    return Optional.of(current);
  }

  /** Forgets the analysis of one document (a file it depends on changed) and re-analyses it. */
  void invalidate(String uri) {
    Entry entry = entries.get(uri);
    if (entry != null) {
      entry.analysis = null;
      schedule(uri, 0);
    }
  }

  /** Forgets every analysis (the configuration changed) and re-analyses the open documents. */
  void invalidateAll() {
    for (String uri : uris()) {
      Entry entry = entries.get(uri);
      if (entry != null) {
        entry.analysis = null;
        schedule(uri, 0);
      }
    }
  }

  private void schedule(String uri, long delayMillis) {
    Entry entry = entries.get(uri);
    if (entry == null) {
      return;
    }
    synchronized (entry) {
      if (entry.pending != null) {
        entry.pending.cancel(false);
      }
      entry.pending =
          scheduler.schedule(() -> analyzeAndPublish(uri), delayMillis, TimeUnit.MILLISECONDS);
    }
  }

  private void analyzeAndPublish(String uri) {
    try {
      analysis(uri, false).ifPresent(onAnalyzed);
    } catch (RuntimeException | StackOverflowError e) {
      log.error("Could not analyse " + uri + "; the previous results stay on screen", e);
    }
  }
}
