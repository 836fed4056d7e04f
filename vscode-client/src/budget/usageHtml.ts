/**
 * The budget view's actuals, drawn when the report has a `usage` section (a ledger beside the
 * screenplay): what each scene really cost beside its estimate, and a burn-down of the budget
 * over the scenes. The numbers are computed by plain functions so the tests can check them
 * against hand arithmetic; the drawing is SVG with classes only (the CSP allows no inline style).
 */
import type { BudgetReport, UsageForecast, UsageSceneReport } from '../report/reportTypes';
import { usageOf } from '../report/reportTypes';
import { html, SafeHtml } from './safeHtml';

/**
 * What a scene's second bar shows. `calibrated` only once finished scenes calibrate the rest.
 * The numbers draw the bars; the texts, as the server wrote them, label them.
 */
export interface SceneActual {
  readonly actual: number;
  readonly actualText: string;
  readonly calibrated: number | undefined;
  readonly calibratedText: string | undefined;
  readonly progress: string;
}

/** A scene the ledger has nothing for. */
export const NothingSpent: SceneActual = { actual: 0, actualText: '', calibrated: undefined, calibratedText: undefined, progress: 'not_started' };

/** Spend per scene index; undefined when the report has no usage. */
export function sceneActuals(report: BudgetReport): Map<number, SceneActual> | undefined {
  const usage = usageOf(report);
  if (!usage) {
    return undefined;
  }
  const calibrated = usage.calibration?.calibrated === true;
  return new Map(
    usage.scenes.map((scene) => {
      // A finished scene's calibrated estimate is its spend: a tick there would say nothing.
      const showCalibrated = calibrated && scene.progress !== 'done' && isAmount(scene.calibratedEstimate);
      return [
        scene.index,
        {
          actual: amount(scene.actual),
          actualText: scene.display?.actual ?? '—',
          calibrated: showCalibrated ? scene.calibratedEstimate : undefined,
          calibratedText: showCalibrated ? (scene.display?.calibratedEstimate ?? '—') : undefined,
          progress: scene.progress ?? 'not_started',
        },
      ];
    }),
  );
}

/**
 * Two bars on one scale: the estimate in its status colour (with the allocation tick) above, the
 * spend below, and a tick at the calibrated estimate when there is one.
 */
export function usageSceneBar(estimate: number, status: string, allocation: number | null, spend: SceneActual, scale: number): SafeHtml {
  const width = (value: number) => (scale > 0 ? Math.min(100, (value / scale) * 100) : 0).toFixed(2);
  const tick = (value: number, cssClass: string) => html`<rect class="${cssClass}" x="${Math.min(99.4, Number(width(value)))}" y="0" width="0.6" height="20"/>`;
  return html`<svg class="bar usage" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true"><rect class="track" x="0" y="1" width="100" height="8"/><rect class="status-${status}" x="0" y="1" width="${width(estimate)}" height="8"/><rect class="track" x="0" y="11" width="100" height="8"/><rect class="actual" x="0" y="11" width="${width(spend.actual)}" height="8"/>${allocation === null ? html`` : tick(allocation, 'allocation')}${spend.calibrated === undefined ? html`` : tick(spend.calibrated, 'calibrated')}</svg>`;
}

/** `spent $12.00`, `spent $12.00 · calibrated $75.00`: the words after the estimate. */
export function spendText(spend: SceneActual): string {
  const calibrated = spend.calibratedText === undefined ? '' : ` · calibrated ${spend.calibratedText}`;
  const done = spend.progress === 'done' ? ' · done' : '';
  const spent = spend.actual === 0 && spend.progress !== 'done' ? 'nothing spent yet' : `spent ${spend.actualText}`;
  return `${spent}${calibrated}${done}`;
}

/** The burn-down's lines, one point per scene boundary: before scene 1, after each scene. */
export interface BurnDown {
  /** Estimate with contingency, added up scene by scene: what the plan expects to have spent. */
  readonly planned: number[];
  /** What the ledger says was spent up to each scene (rows for no scene count from the start). */
  readonly spent: number[];
  /** Spent plus the calibrated estimate of what remains, with contingency: the server's running total. */
  readonly forecast: number[];
  readonly budget: number | undefined;
  /** Index into the points (1 = after the first scene) where the forecast passes the budget. */
  readonly runsOutAfter: number | undefined;
  /** The top of the chart: the largest value drawn. */
  readonly top: number;
}

export function burnDown(report: BudgetReport): BurnDown | undefined {
  const usage = usageOf(report);
  if (!usage || report.scenes.length === 0) {
    return undefined;
  }
  const forecast: UsageForecast = usage.forecast;
  const bySceneIndex = new Map<number, UsageSceneReport>(usage.scenes.map((scene) => [scene.index, scene]));
  const contingency = 1 + amount(report.film.contingencyPercent ?? forecast.contingencyPercent) / 100;
  const start = amount(forecast.unmatchedSpent);
  const planned = [0];
  const spent = [start];
  const projected = [start];
  for (const scene of report.scenes) {
    const usageScene = bySceneIndex.get(scene.index);
    planned.push(planned[planned.length - 1]! + amount(scene.cost) * contingency);
    spent.push(spent[spent.length - 1]! + amount(usageScene?.actual));
    projected.push(isAmount(usageScene?.cumulative) ? usageScene.cumulative : projected[projected.length - 1]!);
  }
  const budget = isAmount(forecast.budget) ? forecast.budget : isAmount(report.film.budget) ? report.film.budget : undefined;
  const runsOutPosition = report.scenes.findIndex((scene) => scene.index === forecast.runsOutAtScene);
  const top = Math.max(...planned, ...spent, ...projected, budget ?? 0);
  return {
    planned,
    spent,
    forecast: projected,
    budget,
    runsOutAfter: runsOutPosition >= 0 ? runsOutPosition + 1 : undefined,
    top: top > 0 ? top : 1,
  };
}

const ChartWidth = 100;
const ChartHeight = 50;

/** `0.00,50.00 50.00,35.71 ...`: values on the chart's 100 × 50 grid, y growing downwards. */
export function chartPoints(values: readonly number[], top: number): string {
  const step = values.length > 1 ? ChartWidth / (values.length - 1) : 0;
  return values.map((value, position) => `${(position * step).toFixed(2)},${chartY(value, top)}`).join(' ');
}

function chartY(value: number, top: number): string {
  return (ChartHeight - (Math.max(0, value) / top) * ChartHeight).toFixed(2);
}

export function renderBurnDown(chart: BurnDown, report: BudgetReport, runsOutAt: string | undefined): SafeHtml {
  const budgetLine =
    chart.budget === undefined
      ? html``
      : html`<line class="budget-line" x1="0" x2="${ChartWidth}" y1="${chartY(chart.budget, chart.top)}" y2="${chartY(chart.budget, chart.top)}" vector-effect="non-scaling-stroke"/>`;
  const runsOutLine =
    chart.runsOutAfter === undefined
      ? html``
      : html`<line class="runs-out" x1="${((chart.runsOutAfter * ChartWidth) / (chart.planned.length - 1)).toFixed(2)}" x2="${((chart.runsOutAfter * ChartWidth) / (chart.planned.length - 1)).toFixed(2)}" y1="0" y2="${ChartHeight}" vector-effect="non-scaling-stroke"/>`;
  const line = (cssClass: string, values: readonly number[]) =>
    html`<polyline class="${cssClass}" points="${chartPoints(values, chart.top)}" vector-effect="non-scaling-stroke"/>`;
  // The lines end where the server's totals are: the estimate with contingency, the spend, the
  // forecast; their texts are the server's.
  const forecast = usageOf(report)?.forecast.display ?? {};
  const budget = forecast.budget ?? report.film.display?.budget;
  const summary = [
    `Plan ${report.film.display?.costWithContingency ?? '—'}`,
    `spent ${forecast.spent ?? '—'}`,
    `forecast ${forecast.total ?? '—'}`,
    chart.budget === undefined ? 'no budget' : `budget ${budget ?? '—'}`,
    runsOutAt ? `the money runs out at ${runsOutAt}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return html`<h2>Burn-down</h2>
<svg class="burndown" viewBox="0 0 ${ChartWidth} ${ChartHeight}" preserveAspectRatio="none" role="img" aria-label="${summary}">${budgetLine}${runsOutLine}${line('planned', chart.planned)}${line('forecast', chart.forecast)}${line('spent', chart.spent)}</svg>
<p class="legend"><span><svg width="14" height="10" aria-hidden="true"><line class="planned" x1="0" x2="14" y1="5" y2="5"/></svg>Plan: estimate with contingency</span><span><svg width="14" height="10" aria-hidden="true"><line class="spent" x1="0" x2="14" y1="5" y2="5"/></svg>Spent</span><span><svg width="14" height="10" aria-hidden="true"><line class="forecast" x1="0" x2="14" y1="5" y2="5"/></svg>Spent + forecast</span>${chart.budget === undefined ? html`` : html`<span><svg width="14" height="10" aria-hidden="true"><line class="budget-line" x1="0" x2="14" y1="5" y2="5"/></svg>Budget</span>`}</p>
<p class="note">${summary}.</p>`;
}

/** The film's totals once money is spent: spent so far, forecast, and where the money runs out. */
export function renderUsageTotals(report: BudgetReport, runsOutAt: string | undefined): SafeHtml {
  const usage = usageOf(report);
  if (!usage) {
    return html``;
  }
  const forecast = usage.forecast;
  const shown = forecast.display ?? {};
  const dash = (text: string | null | undefined) => text ?? '—';
  const hasBudget = isAmount(forecast.budget);
  const calibrated = usage.calibration?.calibrated === true;
  let verdict: SafeHtml;
  if (!hasBudget) {
    verdict = html`<p class="verdict unbudgeted">Spent ${dash(shown.spent)} so far; the forecast is ${dash(shown.total)}. No budget is set.</p>`;
  } else if (forecast.fits === false) {
    const where = runsOutAt ? html` At the current rate the money runs out at ${runsOutAt}.` : html``;
    verdict = html`<p class="verdict over">Forecast ${dash(shown.total)} against ${dash(shown.budget)}: ${dash(shown.overBy)} over.${where}</p>`;
  } else {
    verdict = html`<p class="verdict">Forecast ${dash(shown.total)} fits the ${dash(shown.budget)} budget, with ${dash(shown.spare)} to spare.</p>`;
  }
  const cell = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<h2>Spending</h2>
${verdict}
<dl class="totals">
${cell('Spent so far', dash(shown.spent))}
${cell(calibrated ? 'Still to spend (calibrated)' : 'Still to spend', dash(shown.remaining))}
${cell(`Forecast (${dash(shown.contingencyPercent)} contingency on the rest)`, dash(shown.total))}
${cell('Money runs out', !hasBudget ? 'No budget set' : runsOutAt ?? 'Not at this rate')}
</dl>`;
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function amount(value: unknown): number {
  return isAmount(value) ? value : 0;
}
