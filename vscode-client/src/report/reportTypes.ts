/**
 * The report JSON that the server's `scenecost/report` request returns (docs/report-json.md).
 * Only the fields the client reads are typed; everything is treated as possibly missing,
 * because a newer server may drop or add fields and the view must still draw.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type SceneStatus = 'fits' | 'over' | 'exhausted' | 'unbudgeted';

export interface CostAndTokens {
  tokens?: number;
  cost?: number;
}

/**
 * A figure's text as the server formats it (`$18.40`, `412k`, `1m 45s`): every face shows these
 * strings, so the client formats no number itself. Null when the figure does not apply.
 */
export type DisplayText = string | null;

/** The `display` object of a scene (docs/report-json.md). */
export interface SceneDisplay {
  label?: string;
  /** How sentences name the scene: `scene 12 (INT. PIER - NIGHT)`, or its heading. */
  name?: string;
  pages?: DisplayText;
  screenTime?: DisplayText;
  tokens?: DisplayText;
  cost?: DisplayText;
  allocation?: DisplayText;
  allocationUsedPercent?: DisplayText;
  overBy?: DisplayText;
  /** The table's status cell: `fits`, `OVER +$3.00`. */
  status?: string;
  /** The code lens line. */
  lens?: string;
}

/** One part of the film's cost (video, reference images...), in the server's order and words. */
export interface PartDisplay {
  key: string;
  label: string;
  cost: string;
  tokens: string;
}

/** The `display` object of the film. */
export interface FilmDisplay {
  currencySymbol?: string;
  screenTime?: DisplayText;
  pages?: DisplayText;
  tokens?: DisplayText;
  cost?: DisplayText;
  contingencyPercent?: DisplayText;
  contingency?: DisplayText;
  costWithContingency?: DisplayText;
  cacheSavings?: DisplayText;
  cacheSavingsTokens?: DisplayText;
  budget?: DisplayText;
  budgetUsedPercent?: DisplayText;
  /** Cost with contingency less budget; negative when it fits. */
  overBy?: DisplayText;
  parts?: PartDisplay[];
  lens?: string;
  statusBar?: StatusBarLine;
}

/** The `display` object of a scene's spend (with a ledger). */
export interface SpendDisplay {
  progress?: string;
  actual?: DisplayText;
  rawEstimate?: DisplayText;
  calibratedEstimate?: DisplayText;
  variance?: DisplayText;
  remaining?: DisplayText;
  cumulative?: DisplayText;
  lens?: string;
}

/** The `display` object of the forecast (with a ledger). */
export interface ForecastDisplay {
  spent?: DisplayText;
  unmatchedSpent?: DisplayText;
  remaining?: DisplayText;
  contingencyPercent?: DisplayText;
  total?: DisplayText;
  budget?: DisplayText;
  overBy?: DisplayText;
  spare?: DisplayText;
  /** `scene 12, INT. PIER - NIGHT`. */
  runsOutAt?: string | null;
  lens?: string;
}

export interface SceneReport {
  index: number;
  number?: string | null;
  /** How reports name the scene: its number, else its position from 1, e.g. `(6)`. */
  label?: string;
  heading: string;
  /** The heading line, where the budget view's click leads. */
  headingRange?: Range;
  /** The whole scene. */
  range?: Range;
  pagesEighths?: number;
  screenSeconds?: number;
  tier?: string;
  tokens?: number;
  cost?: number;
  allocation?: number | null;
  status?: SceneStatus;
  overBy?: number | null;
  display?: SceneDisplay;
}

export interface FilmReport {
  screenSeconds?: number;
  pages?: number;
  tokens?: number;
  cost?: number;
  contingencyPercent?: number;
  contingency?: number;
  costWithContingency?: number;
  cacheSavings?: CostAndTokens;
  budget?: number | null;
  budgetUsedPercent?: number | null;
  fits?: boolean | null;
  exhaustedAtScene?: number | null;
  modalities?: Record<string, CostAndTokens>;
  display?: FilmDisplay;
}

export type UsageProgress = 'done' | 'in_progress' | 'not_started';

/** One scene of the usage section: spend beside the estimate (docs/usage-tracking.md#json). */
export interface UsageSceneReport {
  index: number;
  progress?: UsageProgress;
  /** What the ledger says was spent on the scene. */
  actual?: number;
  /** The engine's estimate, before contingency: the same as the scene's `cost`. */
  rawEstimate?: number;
  calibratedEstimate?: number;
  /** actual − estimate. */
  variance?: number;
  remaining?: number;
  projected?: number;
  /** Running total of `projected`, starting from the spend on rows for no scene. */
  cumulative?: number;
  budgetLeft?: number | null;
  display?: SpendDisplay;
}

export interface UsageForecast {
  spent?: number;
  unmatchedSpent?: number;
  rawEstimate?: number;
  calibratedEstimate?: number;
  remaining?: number;
  contingencyPercent?: number;
  total?: number;
  budget?: number | null;
  overBy?: number | null;
  fits?: boolean;
  runsOutAtScene?: number | null;
  display?: ForecastDisplay;
}

export interface UsageReport {
  ledger?: string;
  ledgerExists?: boolean;
  calibration?: { calibrated?: boolean; basisScenes?: number[] };
  forecast?: UsageForecast;
  scenes?: UsageSceneReport[];
  problems?: unknown[];
}

/** How much of each scene `scenecost/report` sends: all of it, or its figures without the breakdown. */
export type ReportDetail = 'full' | 'figures';

export interface BudgetReport {
  schemaVersion: number;
  /** `figures` when each scene came without its breakdown; absent for the whole report. */
  detail?: ReportDetail;
  title?: string | null;
  currency?: string;
  film: FilmReport;
  scenes: SceneReport[];
  findings?: unknown[];
  problems?: unknown[];
  /** Present only when the screenplay has a usage ledger. */
  usage?: UsageReport;
}

/** The usage section when it has something to draw: a ledger and a forecast. */
export function usageOf(report: BudgetReport): (UsageReport & { forecast: UsageForecast; scenes: UsageSceneReport[] }) | undefined {
  const usage = report.usage;
  if (typeof usage !== 'object' || usage === null || typeof usage.forecast !== 'object' || usage.forecast === null || !Array.isArray(usage.scenes)) {
    return undefined;
  }
  return usage as UsageReport & { forecast: UsageForecast; scenes: UsageSceneReport[] };
}

/** Narrows an unknown reply to a report, so a bogus reply shows a message instead of a broken view. */
export function isBudgetReport(value: unknown): value is BudgetReport {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<BudgetReport>;
  return typeof candidate.film === 'object' && candidate.film !== null && Array.isArray(candidate.scenes);
}

/** The status bar's line as the server words it: in the report, and with every `scenecost/reportChanged`. */
export interface StatusBarLine {
  text: string;
  tooltip: string;
  over: boolean;
}

export function isStatusBarLine(value: unknown): value is StatusBarLine {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<StatusBarLine>;
  return typeof candidate.text === 'string' && typeof candidate.tooltip === 'string' && typeof candidate.over === 'boolean';
}

/** A `scenecost/reportChanged` notification: which screenplay (as the server writes its URI), and its status bar's line. */
export interface ReportChange {
  readonly uri: string;
  readonly statusBar?: StatusBarLine;
}
