package dev.scenecost.lsp.services;

import dev.scenecost.budget.BudgetAnalysis;
import dev.scenecost.budget.report.BudgetReport;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.lsp.document.TextDocument;
import java.util.Optional;

/**
 * One version of a document, read and estimated: the engine's {@link BudgetAnalysis} with the
 * editor's view of it (the text's lines, the ledger's stamp). Every feature answers from it. The
 * estimate is empty only when the engine failed on this text (the failure is logged); parse-only
 * features keep working.
 */
public final class Analysis {
  private final TextDocument document;
  private final BudgetAnalysis budget;
  private final Screenplay screenplay;
  private final FilmEstimate estimate;
  private final Project project;
  private final DocumentUsage usage;
  private volatile ScreenplayIndex index;

  /**
   * @param usage the screenplay's usage ledger, or null for a document that is not a file
   */
  public Analysis(TextDocument document, BudgetAnalysis budget, DocumentUsage usage) {
    this.document = document;
    this.budget = budget;
    this.screenplay = budget.screenplay();
    this.estimate = budget.estimate().orElse(null);
    this.project =
        new Project(budget.config(), budget.settings().file(), budget.settings().problems());
    this.usage = usage;
  }

  /** The engine's analysis of this version. */
  public BudgetAnalysis budget() {
    return budget;
  }

  /** The budget report every face shows; empty when there is no estimate. */
  public Optional<BudgetReport> report() {
    return budget.report();
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
