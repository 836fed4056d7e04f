package dev.scenecost.lsp.services;

import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.lsp.document.TextDocument;
import java.util.Optional;

/**
 * One version of a document, read and estimated: the snapshot every feature answers from. The
 * estimate is empty only when the engine failed on this text (the failure is logged); parse-only
 * features keep working.
 */
public final class Analysis {
  private final TextDocument document;
  private final Screenplay screenplay;
  private final FilmEstimate estimate;
  private final Project project;
  private final DocumentUsage usage;
  private volatile ScreenplayIndex index;

  public Analysis(
      TextDocument document, Screenplay screenplay, FilmEstimate estimate, Project project) {
    this(document, screenplay, estimate, project, null);
  }

  /**
   * @param usage the screenplay's usage ledger, or null for a document that is not a file
   */
  public Analysis(
      TextDocument document,
      Screenplay screenplay,
      FilmEstimate estimate,
      Project project,
      DocumentUsage usage) {
    this.document = document;
    this.screenplay = screenplay;
    this.estimate = estimate;
    this.project = project;
    this.usage = usage;
  }

  public TextDocument document() {
    return document;
  }

  public String uri() {
    return document.uri();
  }

  public int version() {
    return document.version();
  }

  public Screenplay screenplay() {
    return screenplay;
  }

  public Optional<FilmEstimate> estimate() {
    return Optional.ofNullable(estimate);
  }

  /** The configuration the estimate was made with. */
  public Project project() {
    return project;
  }

  /** The usage ledger beside the file; empty for untitled and other non-file documents. */
  public Optional<DocumentUsage> usage() {
    return Optional.ofNullable(usage);
  }

  public Optional<SceneEstimate> scene(int index) {
    if (estimate == null || index < 0 || index >= estimate.scenes().size()) {
      return Optional.empty();
    }
    return Optional.of(estimate.scenes().get(index));
  }

  /** Names of characters and locations with their source spans, built on first use. */
  public ScreenplayIndex index() {
    ScreenplayIndex result = index;
    if (result == null) {
      result = new ScreenplayIndex(screenplay, document.lines());
      index = result;
    }
    return result;
  }
}
