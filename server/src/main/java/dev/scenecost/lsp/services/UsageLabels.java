package dev.scenecost.lsp.services;

import dev.scenecost.budget.usage.UsageAnalysis;
import dev.scenecost.budget.usage.UsageWording;

/**
 * What the ledger adds to the cost lines of lenses and inlay hints: the spend beside a scene's
 * estimate, the spend so far and the forecast beside the film's totals. Nothing for a screenplay
 * without a ledger, so the lines read as before until the writer records usage.
 */
final class UsageLabels {
  private UsageLabels() {}

  /** {@code " · spent $12.30 of est. $18.40"}, or "" when the scene has nothing to add. */
  static String scene(Analysis analysis, int sceneIndex) {
    return analysis
        .usage()
        .filter(DocumentUsage::tracked)
        .flatMap(DocumentUsage::usageAnalysis)
        .flatMap(
            usage ->
                usage
                    .scene(sceneIndex)
                    .flatMap(scene -> wording(usage).sceneLens(scene, usage.calibration())))
        .map(text -> " · " + text)
        .orElse("");
  }

  /** {@code " · spent $25.35 · forecast $98.10, $28.10 over the $70.00 budget"}, or "". */
  static String film(Analysis analysis) {
    return analysis
        .usage()
        .filter(DocumentUsage::tracked)
        .flatMap(DocumentUsage::usageAnalysis)
        .map(usage -> " · " + wording(usage).filmLens(usage.forecast()))
        .orElse("");
  }

  static UsageWording wording(UsageAnalysis usage) {
    return new UsageWording(usage.currencySymbol());
  }
}
