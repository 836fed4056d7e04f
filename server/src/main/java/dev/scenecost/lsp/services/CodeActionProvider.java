package dev.scenecost.lsp.services;

import dev.scenecost.budget.result.Finding;
import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.lsp.DiagnosticCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fixes for the diagnostics the editor sends back: each diagnostic is matched to the current
 * estimate's finding (same code, same range) and handed to its code's quick-fix class. Besides
 * them, on a scene heading "Record usage for scene 12…" (refactor) and anywhere in a screenplay
 * with unnumbered scenes "Number all scenes" (source).
 */
final class CodeActionProvider {
  private final Map<DiagnosticCode, QuickFix> fixes = new EnumMap<>(DiagnosticCode.class);
  private final Map<DiagnosticCode, ParseWarningFix> warningFixes =
      new EnumMap<>(DiagnosticCode.class);
  private final RecordUsageAction recordUsage = new RecordUsageAction();
  private final NumberScenesAction numberScenes = new NumberScenesAction();
  private final FitFilmAction fitFilm = new FitFilmAction();

  CodeActionProvider() {
    fixes.put(DiagnosticCode.SCENE_OVER_ALLOCATION, new SceneOverAllocationQuickFix());
    fixes.put(DiagnosticCode.BUDGET_EXHAUSTED, new BudgetExhaustedQuickFix());
    fixes.put(DiagnosticCode.UNKNOWN_TIER, new UnknownTierQuickFix());
    fixes.put(DiagnosticCode.MALFORMED_NOTE, new MalformedNoteQuickFix());
    fixes.put(DiagnosticCode.RETIRED_MODEL, new RetiredModelQuickFix());
    fixes.put(DiagnosticCode.FILM_OVER_BUDGET, fitFilm);
    warningFixes.put(DiagnosticCode.UNRECOGNISED_HEADING, new UnrecognisedHeadingQuickFix());
  }

  /** True when a quick fix is registered for the code (the registry's test asks). */
  boolean hasQuickFix(DiagnosticCode code) {
    return fixes.containsKey(code) || warningFixes.containsKey(code);
  }

  List<Either<Command, CodeAction>> codeActions(
      Analysis analysis, CodeActionParams params, CancelChecker cancel) {
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    List<Either<Command, CodeAction>> result = new ArrayList<>();
    if (wanted(only, CodeActionKind.QuickFix)) {
      quickFixes(analysis, params, cancel).forEach(action -> result.add(Either.forRight(action)));
    }
    cancel.checkCanceled();
    if (wanted(only, CodeActionKind.Refactor)) {
      recordUsage
          .action(analysis, params.getRange())
          .ifPresent(action -> result.add(Either.forRight(action)));
      // Unless the film is over, when the same plan is already the quick fix of its diagnostic.
      if (result.stream().noneMatch(a -> a.getRight().getTitle().startsWith(FitFilmAction.TITLE))) {
        fitFilm
            .onBudgetEntry(analysis, params.getRange())
            .ifPresent(action -> result.add(Either.forRight(action)));
      }
    }
    if (wanted(only, CodeActionKind.Source)) {
      numberScenes.action(analysis).ifPresent(action -> result.add(Either.forRight(action)));
    }
    return result;
  }

  /** An action of {@code kind} is wanted unless the editor asked only for other kinds. */
  private static boolean wanted(List<String> only, String kind) {
    return only == null
        || only.isEmpty()
        || only.stream().anyMatch(asked -> kind.equals(asked) || kind.startsWith(asked + "."));
  }

  private List<CodeAction> quickFixes(
      Analysis analysis, CodeActionParams params, CancelChecker cancel) {
    if (params.getContext() == null || params.getContext().getDiagnostics() == null) {
      return List.of();
    }
    List<CodeAction> result = new ArrayList<>();
    for (Diagnostic diagnostic : params.getContext().getDiagnostics()) {
      cancel.checkCanceled();
      if (!DiagnosticCode.SOURCE.equals(diagnostic.getSource()) || diagnostic.getCode() == null) {
        continue;
      }
      String id =
          diagnostic.getCode().isLeft()
              ? diagnostic.getCode().getLeft()
              : String.valueOf(diagnostic.getCode().getRight());
      Optional<DiagnosticCode> code = DiagnosticCode.fromId(id);
      ParseWarningFix warningFix = code.map(warningFixes::get).orElse(null);
      if (warningFix != null) {
        warningFor(analysis, id, diagnostic)
            .ifPresent(warning -> result.addAll(warningFix.fixes(analysis, warning, diagnostic)));
        continue;
      }
      if (analysis.estimate().isEmpty()) {
        continue;
      }
      QuickFix fix = code.map(fixes::get).orElse(null);
      if (fix == null) {
        continue;
      }
      findingFor(analysis, id, diagnostic)
          .ifPresent(finding -> result.addAll(fix.fixes(analysis, finding, diagnostic)));
    }
    return result;
  }

  private static Optional<ParseWarning> warningFor(
      Analysis analysis, String id, Diagnostic diagnostic) {
    return analysis.screenplay().warnings().stream()
        .filter(warning -> warning.code().equals(id))
        .filter(warning -> Ranges.toLsp(warning.range()).equals(diagnostic.getRange()))
        .findFirst();
  }

  private static Optional<Finding> findingFor(Analysis analysis, String id, Diagnostic diagnostic) {
    return analysis.estimate().get().findings().stream()
        .filter(finding -> finding.code().id().equals(id))
        .filter(
            finding -> DiagnosticsProvider.rangeOf(analysis, finding).equals(diagnostic.getRange()))
        .findFirst();
  }
}
