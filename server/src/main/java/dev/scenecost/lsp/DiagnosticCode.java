package dev.scenecost.lsp;

import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.usage.UsageWording;
import dev.scenecost.budget.usage.ledger.LedgerProblem;
import dev.scenecost.jfountain.ParseWarning;
import java.util.Optional;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * Every diagnostic the server publishes, with the stable code editors and quick fixes key on.
 * Budget findings keep the engine's identifiers, parser warnings the parser's, so the same code
 * means the same thing in the editor, in {@code scenecost report --format json} and in CI logs.
 */
public enum DiagnosticCode {
  SCENE_OVER_ALLOCATION(FindingCode.SCENE_OVER_ALLOCATION.id(), DiagnosticSeverity.Warning),
  BUDGET_EXHAUSTED(FindingCode.BUDGET_EXHAUSTED.id(), DiagnosticSeverity.Error),
  FILM_OVER_BUDGET(FindingCode.FILM_OVER_BUDGET.id(), DiagnosticSeverity.Error),
  SCENE_BUDGETS_EXCEED_FILM(FindingCode.SCENE_BUDGETS_EXCEED_FILM.id(), DiagnosticSeverity.Warning),
  CHARACTER_TIER_INCONSISTENT(
      FindingCode.CHARACTER_TIER_INCONSISTENT.id(), DiagnosticSeverity.Information),
  UNKNOWN_TIER(FindingCode.UNKNOWN_TIER.id(), DiagnosticSeverity.Error),
  MALFORMED_NOTE(FindingCode.MALFORMED_NOTE.id(), DiagnosticSeverity.Warning),
  MALFORMED_TITLE_ENTRY(FindingCode.MALFORMED_TITLE_ENTRY.id(), DiagnosticSeverity.Warning),
  TEXT_BEFORE_FIRST_SCENE(FindingCode.TEXT_BEFORE_FIRST_SCENE.id(), DiagnosticSeverity.Information),
  REUSE_ESTABLISHING_SHOT(FindingCode.REUSE_ESTABLISHING_SHOT.id(), DiagnosticSeverity.Hint),
  STILL_WITH_CAMERA_MOVE(FindingCode.STILL_WITH_CAMERA_MOVE.id(), DiagnosticSeverity.Hint),
  UNCLOSED_BONEYARD(ParseWarning.CODE_UNCLOSED_BONEYARD, DiagnosticSeverity.Warning),
  UNCLOSED_NOTE(ParseWarning.CODE_UNCLOSED_NOTE, DiagnosticSeverity.Warning),
  UNCLOSED_EMPHASIS(ParseWarning.CODE_UNCLOSED_EMPHASIS, DiagnosticSeverity.Information),
  ENCODING(ParseWarning.CODE_ENCODING, DiagnosticSeverity.Warning),
  CONTROL_CHARACTER(ParseWarning.CODE_CONTROL_CHARACTER, DiagnosticSeverity.Warning),
  UNRECOGNISED_HEADING(ParseWarning.CODE_UNRECOGNISED_HEADING, DiagnosticSeverity.Warning),
  /** A parser warning this server does not know yet: shown, never dropped. */
  PARSE_WARNING("parse-warning", DiagnosticSeverity.Warning),
  /** A problem in scenecost.json or the price catalog, shown on that file. */
  CONFIG_PROBLEM("config-problem", DiagnosticSeverity.Warning),
  /** Spent so far + calibrated remaining + contingency exceeds the budget (scene heading). */
  USAGE_FORECAST_OVER_BUDGET(UsageWording.CODE_FORECAST_OVER_BUDGET, DiagnosticSeverity.Warning),
  // Problems of the usage ledger, shown on the ledger file at their line.
  USAGE_MALFORMED_ROW(LedgerProblem.CODE_MALFORMED_ROW, DiagnosticSeverity.Warning),
  USAGE_UNCLOSED_QUOTE(LedgerProblem.CODE_UNCLOSED_QUOTE, DiagnosticSeverity.Warning),
  USAGE_MISSING_COLUMN(LedgerProblem.CODE_MISSING_COLUMN, DiagnosticSeverity.Warning),
  USAGE_UNREADABLE(LedgerProblem.CODE_UNREADABLE, DiagnosticSeverity.Warning),
  USAGE_UNKNOWN_SCENE(LedgerProblem.CODE_UNKNOWN_SCENE, DiagnosticSeverity.Warning),
  USAGE_AMBIGUOUS_SCENE(LedgerProblem.CODE_AMBIGUOUS_SCENE, DiagnosticSeverity.Warning),
  USAGE_SCENE_MOVED(LedgerProblem.CODE_SCENE_MOVED, DiagnosticSeverity.Warning),
  /** A ledger problem this server does not know yet: shown, never dropped. */
  USAGE_PROBLEM("usage-problem", DiagnosticSeverity.Warning);

  public static final String SOURCE = "scenecost";

  private final String id;
  private final DiagnosticSeverity defaultSeverity;

  DiagnosticCode(String id, DiagnosticSeverity defaultSeverity) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
  }

  /** The code as published in {@code Diagnostic.code}. */
  public String id() {
    return id;
  }

  public DiagnosticSeverity defaultSeverity() {
    return defaultSeverity;
  }

  public static DiagnosticCode of(FindingCode code) {
    return valueOf(code.name());
  }

  public static DiagnosticCode ofParseWarning(String code) {
    for (DiagnosticCode candidate : values()) {
      if (candidate.id.equals(code) && candidate.ordinal() >= UNCLOSED_BONEYARD.ordinal()) {
        return candidate;
      }
    }
    return PARSE_WARNING;
  }

  /** The code of a ledger problem ({@link LedgerProblem#code()}). */
  public static DiagnosticCode ofLedgerProblem(String code) {
    for (DiagnosticCode candidate : values()) {
      if (candidate.id.equals(code) && candidate.ordinal() >= USAGE_MALFORMED_ROW.ordinal()) {
        return candidate;
      }
    }
    return USAGE_PROBLEM;
  }

  public static Optional<DiagnosticCode> fromId(String id) {
    for (DiagnosticCode candidate : values()) {
      if (candidate.id.equals(id)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
