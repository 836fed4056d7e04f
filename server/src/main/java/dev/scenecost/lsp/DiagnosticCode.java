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
  SCENE_OVER_ALLOCATION(
      FindingCode.SCENE_OVER_ALLOCATION.id(), DiagnosticSeverity.Warning, Kind.FINDING),
  BUDGET_EXHAUSTED(FindingCode.BUDGET_EXHAUSTED.id(), DiagnosticSeverity.Error, Kind.FINDING),
  FILM_OVER_BUDGET(FindingCode.FILM_OVER_BUDGET.id(), DiagnosticSeverity.Error, Kind.FINDING),
  SCENE_BUDGETS_EXCEED_FILM(
      FindingCode.SCENE_BUDGETS_EXCEED_FILM.id(), DiagnosticSeverity.Warning, Kind.FINDING),
  CHARACTER_TIER_INCONSISTENT(
      FindingCode.CHARACTER_TIER_INCONSISTENT.id(), DiagnosticSeverity.Information, Kind.FINDING),
  UNKNOWN_TIER(FindingCode.UNKNOWN_TIER.id(), DiagnosticSeverity.Error, Kind.FINDING),
  MALFORMED_NOTE(FindingCode.MALFORMED_NOTE.id(), DiagnosticSeverity.Warning, Kind.FINDING),
  MALFORMED_TITLE_ENTRY(
      FindingCode.MALFORMED_TITLE_ENTRY.id(), DiagnosticSeverity.Warning, Kind.FINDING),
  TEXT_BEFORE_FIRST_SCENE(
      FindingCode.TEXT_BEFORE_FIRST_SCENE.id(), DiagnosticSeverity.Information, Kind.FINDING),
  RETIRED_MODEL(FindingCode.RETIRED_MODEL.id(), DiagnosticSeverity.Warning, Kind.FINDING),
  REUSE_ESTABLISHING_SHOT(
      FindingCode.REUSE_ESTABLISHING_SHOT.id(), DiagnosticSeverity.Hint, Kind.FINDING),
  STILL_WITH_CAMERA_MOVE(
      FindingCode.STILL_WITH_CAMERA_MOVE.id(), DiagnosticSeverity.Hint, Kind.FINDING),
  GENERATE_LOW_UPSCALE(
      FindingCode.GENERATE_LOW_UPSCALE.id(), DiagnosticSeverity.Hint, Kind.FINDING),
  LIPSYNC_ON_KEYFRAME(FindingCode.LIPSYNC_ON_KEYFRAME.id(), DiagnosticSeverity.Hint, Kind.FINDING),
  UNCLOSED_BONEYARD(ParseWarning.CODE_UNCLOSED_BONEYARD, DiagnosticSeverity.Warning, Kind.PARSE),
  UNCLOSED_NOTE(ParseWarning.CODE_UNCLOSED_NOTE, DiagnosticSeverity.Warning, Kind.PARSE),
  UNCLOSED_EMPHASIS(
      ParseWarning.CODE_UNCLOSED_EMPHASIS, DiagnosticSeverity.Information, Kind.PARSE),
  ENCODING(ParseWarning.CODE_ENCODING, DiagnosticSeverity.Warning, Kind.PARSE),
  CONTROL_CHARACTER(ParseWarning.CODE_CONTROL_CHARACTER, DiagnosticSeverity.Warning, Kind.PARSE),
  UNRECOGNISED_HEADING(
      ParseWarning.CODE_UNRECOGNISED_HEADING, DiagnosticSeverity.Warning, Kind.PARSE),
  /** The parser failed on part of the text and kept going (a bug to report). */
  INTERNAL_ERROR(ParseWarning.CODE_INTERNAL_ERROR, DiagnosticSeverity.Warning, Kind.PARSE),
  /** A parser warning this server does not know yet: shown, never dropped. */
  PARSE_WARNING("parse-warning", DiagnosticSeverity.Warning, Kind.PARSE),
  /** A problem in scenecost.json or the price catalog, shown on that file. */
  CONFIG_PROBLEM("config-problem", DiagnosticSeverity.Warning, Kind.CONFIG),
  /** Spent so far + calibrated remaining + contingency exceeds the budget (scene heading). */
  USAGE_FORECAST_OVER_BUDGET(
      UsageWording.CODE_FORECAST_OVER_BUDGET, DiagnosticSeverity.Warning, Kind.FORECAST),
  // Problems of the usage ledger, shown on the ledger file at their line.
  USAGE_MALFORMED_ROW(LedgerProblem.CODE_MALFORMED_ROW, DiagnosticSeverity.Warning, Kind.LEDGER),
  USAGE_UNCLOSED_QUOTE(LedgerProblem.CODE_UNCLOSED_QUOTE, DiagnosticSeverity.Warning, Kind.LEDGER),
  USAGE_MISSING_COLUMN(LedgerProblem.CODE_MISSING_COLUMN, DiagnosticSeverity.Warning, Kind.LEDGER),
  USAGE_UNREADABLE(LedgerProblem.CODE_UNREADABLE, DiagnosticSeverity.Warning, Kind.LEDGER),
  USAGE_UNKNOWN_SCENE(LedgerProblem.CODE_UNKNOWN_SCENE, DiagnosticSeverity.Warning, Kind.LEDGER),
  USAGE_AMBIGUOUS_SCENE(
      LedgerProblem.CODE_AMBIGUOUS_SCENE, DiagnosticSeverity.Warning, Kind.LEDGER),
  /** How a comma in an amount was read: the row counts; the hint says how. */
  USAGE_COMMA_IN_AMOUNT(LedgerProblem.CODE_COMMA_IN_AMOUNT, DiagnosticSeverity.Hint, Kind.LEDGER),
  USAGE_LEFTOVER_TEMPORARY_FILE(
      LedgerProblem.CODE_LEFTOVER_TEMPORARY_FILE, DiagnosticSeverity.Information, Kind.LEDGER),
  USAGE_SCENE_MOVED(LedgerProblem.CODE_SCENE_MOVED, DiagnosticSeverity.Warning, Kind.LEDGER),
  /** A ledger problem this server does not know yet: shown, never dropped. */
  USAGE_PROBLEM("usage-problem", DiagnosticSeverity.Warning, Kind.LEDGER);

  public static final String SOURCE = "scenecost";

  /** Where a code comes from: each kind is looked up among its own codes only. */
  public enum Kind {
    /** A finding of the budget engine ({@link FindingCode}). */
    FINDING,
    /** A warning of the Fountain parser. */
    PARSE,
    /** A problem of scenecost.json. */
    CONFIG,
    /** The usage forecast. */
    FORECAST,
    /** A problem of the usage ledger. */
    LEDGER
  }

  private final String id;
  private final DiagnosticSeverity defaultSeverity;
  private final Kind kind;

  DiagnosticCode(String id, DiagnosticSeverity defaultSeverity, Kind kind) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The code as published in {@code Diagnostic.code}. */
  public String id() {
    return id;
  }

  public DiagnosticSeverity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * The diagnostic code of a finding; empty for a finding code this enum does not declare yet (a
   * test keeps that from happening; meanwhile the finding still shows, under its own id).
   */
  public static Optional<DiagnosticCode> of(FindingCode code) {
    return find(Kind.FINDING, code.id());
  }

  public static DiagnosticCode ofParseWarning(String code) {
    return find(Kind.PARSE, code).orElse(PARSE_WARNING);
  }

  /** The code of a ledger problem ({@link LedgerProblem#code()}). */
  public static DiagnosticCode ofLedgerProblem(String code) {
    return find(Kind.LEDGER, code).orElse(USAGE_PROBLEM);
  }

  private static Optional<DiagnosticCode> find(Kind kind, String id) {
    for (DiagnosticCode candidate : values()) {
      if (candidate.kind == kind && candidate.id.equals(id)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
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
