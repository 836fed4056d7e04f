package dev.scenecost.lsp.services;

import dev.scenecost.budget.usage.UsageAnalysis;
import dev.scenecost.budget.usage.UsageWording;
import dev.scenecost.budget.usage.forecast.Forecast;
import dev.scenecost.budget.usage.ledger.LedgerProblem;
import dev.scenecost.lsp.DiagnosticCode;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * What the ledger says that needs the writer's attention: the forecast running over the budget (on
 * the heading of the scene where the money runs out), and rows of the ledger that could not be read
 * or tied to a scene (on the ledger file itself, at their line).
 */
final class UsageDiagnostics {
  private UsageDiagnostics() {}

  /**
   * Only once something has been spent: before that the forecast is the estimate, and the engine's
   * own film-over-budget diagnostic already says so.
   */
  static Optional<Diagnostic> forecastOverBudget(Analysis analysis) {
    Optional<UsageAnalysis> usage =
        analysis.usage().filter(DocumentUsage::hasSpend).flatMap(DocumentUsage::usageAnalysis);
    if (usage.isEmpty()) {
      return Optional.empty();
    }
    Forecast forecast = usage.get().forecast();
    return new UsageWording(usage.get().currencySymbol())
        .overBudget(forecast)
        .map(
            message -> {
              Range range =
                  forecast.runsOutAt() == null
                      ? null
                      : analysis
                          .scene(forecast.runsOutAt().index())
                          .map(scene -> Ranges.toLsp(scene.headingRange()))
                          .orElse(null);
              DiagnosticCode code = DiagnosticCode.USAGE_FORECAST_OVER_BUDGET;
              return DiagnosticsProvider.diagnostic(
                  range != null ? range : CodeLensProvider.filmRange(analysis),
                  message,
                  code,
                  code.defaultSeverity());
            });
  }

  /** The ledger's problems, each on its whole line (line 0 for the file as a whole). */
  static List<Diagnostic> ledgerProblems(DocumentUsage usage) {
    return usage.snapshot().problems().stream()
        .map(
            problem -> {
              DiagnosticCode code = DiagnosticCode.ofLedgerProblem(problem.code());
              return DiagnosticsProvider.diagnostic(
                  lineOf(problem), problem.message(), code, code.defaultSeverity());
            })
        .toList();
  }

  /** From the start of the problem's line to the start of the next: the whole row, any length. */
  private static Range lineOf(LedgerProblem problem) {
    int line = Math.max(0, problem.line() - 1);
    return new Range(new Position(line, 0), new Position(line + 1, 0));
  }
}
