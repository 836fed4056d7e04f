package dev.scenecost.lsp.services;

import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.RelatedRange;
import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.lsp.DiagnosticCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;

/**
 * Turns parser warnings, budget findings and configuration problems into diagnostics, each with its
 * stable {@link DiagnosticCode} and source {@code scenecost}.
 */
final class DiagnosticsProvider {

  List<Diagnostic> diagnostics(Analysis analysis, ClientFeatures client) {
    List<Diagnostic> result = new ArrayList<>();
    for (ParseWarning warning : analysis.screenplay().warnings()) {
      DiagnosticCode code = DiagnosticCode.ofParseWarning(warning.code());
      result.add(
          diagnostic(
              Ranges.toLsp(warning.range()), warning.message(), code, code.defaultSeverity()));
    }
    analysis
        .estimate()
        .ifPresent(
            estimate -> {
              for (Finding finding : estimate.findings()) {
                result.add(fromFinding(analysis, finding, client));
              }
              // Savings hints, as the analysis found them (docs/estimation.md, section 14).
              analysis
                  .budget()
                  .savings()
                  .forEach(saving -> result.add(fromFinding(analysis, saving.toFinding(), client)));
            });
    UsageDiagnostics.forecastOverBudget(analysis).ifPresent(result::add);
    return result;
  }

  static Range rangeOf(Analysis analysis, Finding finding) {
    if (finding.range() != null) {
      return Ranges.toLsp(finding.range());
    }
    // A film-wide finding with no Budget: entry to point at goes on the first line.
    return Ranges.line(0, 0, analysis.document().lines().lineLength(0));
  }

  private static Diagnostic fromFinding(Analysis analysis, Finding finding, ClientFeatures client) {
    // The finding's own id is the diagnostic code (DiagnosticCode declares each; a test checks).
    String message = finding.message();
    Diagnostic diagnostic =
        new Diagnostic(
            rangeOf(analysis, finding),
            message,
            severity(finding),
            DiagnosticCode.SOURCE,
            finding.code().id());
    if (!finding.related().isEmpty()) {
      if (client.relatedInformation()) {
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (RelatedRange range : finding.related()) {
          related.add(
              new DiagnosticRelatedInformation(
                  new Location(analysis.uri(), Ranges.toLsp(range.range())), range.message()));
        }
        diagnostic.setRelatedInformation(related);
      } else {
        List<String> places =
            finding.related().stream()
                .map(r -> r.message() + " (line " + (r.range().start().line() + 1) + ")")
                .toList();
        diagnostic.setMessage(message + " See: " + String.join("; ", places) + ".");
      }
    }
    return diagnostic;
  }

  private static DiagnosticSeverity severity(Finding finding) {
    return switch (finding.severity()) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFORMATION -> DiagnosticSeverity.Information;
      case HINT -> DiagnosticSeverity.Hint;
    };
  }

  Map<String, List<Diagnostic>> configDiagnostics(Map<String, List<ConfigProblem>> problemsByUri) {
    Map<String, List<Diagnostic>> result = new LinkedHashMap<>();
    problemsByUri.forEach(
        (uri, problems) ->
            result.put(
                uri,
                problems.stream()
                    .map(
                        problem -> {
                          int line = Math.max(0, problem.line() - 1);
                          int column = Math.max(0, problem.column() - 1);
                          return diagnostic(
                              Ranges.line(line, column, column + 1),
                              problem.message(),
                              DiagnosticCode.CONFIG_PROBLEM,
                              DiagnosticCode.CONFIG_PROBLEM.defaultSeverity());
                        })
                    .toList()));
    return result;
  }

  /**
   * Problems of the screenplay's usage ledger, on the ledger's URI (an empty list when it has none,
   * so stale ones are cleared); empty for a document that is not a file.
   */
  Optional<Map.Entry<String, List<Diagnostic>>> ledgerDiagnostics(Analysis analysis) {
    return analysis
        .usage()
        .map(usage -> Map.entry(usage.ledgerUri(), UsageDiagnostics.ledgerProblems(usage)));
  }

  static Diagnostic diagnostic(
      Range range, String message, DiagnosticCode code, DiagnosticSeverity severity) {
    Diagnostic diagnostic =
        new Diagnostic(range, message, severity, DiagnosticCode.SOURCE, code.id());
    return diagnostic;
  }
}
