/**
 * The budget report as a file a producer can open elsewhere: CSV for a spreadsheet, Markdown for
 * a document, JSON as the server sent it. Pure functions of the report, no vscode import.
 */
import { formatEighths, formatMoney, formatPercent, formatScreenTime, formatTokens } from './format';
import { BudgetReport, SceneReport, UsageSceneReport, usageOf } from './reportTypes';

export type ExportFormat = 'csv' | 'markdown' | 'json';

export const ExportFormats: ReadonlyArray<{ format: ExportFormat; label: string; extension: string; description: string }> = [
  { format: 'csv', label: 'CSV', extension: 'csv', description: 'One row per scene, for a spreadsheet' },
  { format: 'markdown', label: 'Markdown', extension: 'md', description: 'Totals and a scene table, for a document' },
  { format: 'json', label: 'JSON', extension: 'json', description: 'Everything the estimate knows, for other tools' },
];

export function exportReport(report: BudgetReport, format: ExportFormat): string {
  switch (format) {
    case 'csv':
      return toCsv(report);
    case 'markdown':
      return toMarkdown(report);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
  }
}

/**
 * Amounts stay plain numbers (two decimals, no currency sign) so a spreadsheet can add them up;
 * the currency is in the column titles.
 */
export function toCsv(report: BudgetReport): string {
  const currency = report.currency ?? 'USD';
  const usage = usageOf(report);
  const spend = usageByScene(report);
  // With a ledger: the spend and its variance from the estimate (actual − estimate) per scene.
  const usageHeader = usage ? ['Progress', `Actual (${currency})`, `Variance (${currency})`] : [];
  const usageCells = (scene: SceneReport) => {
    const entry = spend.get(scene.index);
    return usage ? [progressWord(entry?.progress), plainNumber(entry?.actual ?? 0, 2), plainNumber(entry?.variance, 2)] : [];
  };
  const blank = usage ? ['', '', ''] : [];
  const header = ['Scene', 'Heading', 'Pages', 'Screen seconds', 'Tier', 'Tokens', `Cost (${currency})`, `Allocation (${currency})`, 'Status', `Over by (${currency})`, ...usageHeader];
  const rows = report.scenes.map((scene) => [
    sceneLabel(scene),
    scene.heading,
    formatEighths(scene.pagesEighths),
    plainNumber(scene.screenSeconds, 0),
    scene.tier ?? '',
    plainNumber(scene.tokens, 0),
    plainNumber(scene.cost, 2),
    plainNumber(scene.allocation, 2),
    scene.status ?? '',
    plainNumber(scene.overBy, 2),
    ...usageCells(scene),
  ]);
  const film = report.film;
  const totals = [
    ['Film estimate', '', typeof film.pages === 'number' ? film.pages.toFixed(1) : '', plainNumber(film.screenSeconds, 0), '', plainNumber(film.tokens, 0), plainNumber(film.cost, 2), '', '', '', ...blank],
    [`Contingency ${formatPercent(film.contingencyPercent)}`, '', '', '', '', '', plainNumber(film.contingency, 2), '', '', '', ...blank],
    ['Film with contingency', '', '', '', '', '', plainNumber(film.costWithContingency, 2), plainNumber(film.budget, 2), fitsWord(film.fits), '', ...blank],
  ];
  if (usage) {
    const forecast = usage.forecast;
    totals.push(
      ['Spent so far', '', '', '', '', '', '', '', '', '', '', plainNumber(forecast.spent, 2), ''],
      ['Forecast', '', '', '', '', '', plainNumber(forecast.total, 2), plainNumber(forecast.budget, 2), fitsWord(forecast.fits), plainNumber(forecast.overBy, 2), '', '', ''],
    );
  }
  return [header, ...rows, ...totals].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 quoting, plus a leading apostrophe on text a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

export function toMarkdown(report: BudgetReport): string {
  const currency = report.currency ?? 'USD';
  const money = (amount: unknown) => formatMoney(amount, currency);
  const film = report.film;
  const title = report.title?.trim() || 'Untitled screenplay';
  const lines: string[] = [
    `# Budget: ${markdownText(title)}`,
    '',
    '| | |',
    '|---|---:|',
    `| Screen time | ${formatScreenTime(film.screenSeconds)} |`,
    `| Tokens | ${formatTokens(film.tokens)} |`,
    `| Estimate | ${money(film.cost)} |`,
    `| Contingency (${formatPercent(film.contingencyPercent)}) | ${money(film.contingency)} |`,
    `| With contingency | ${money(film.costWithContingency)} |`,
    `| Budget | ${typeof film.budget === 'number' ? money(film.budget) : 'None set'} |`,
    `| Budget used | ${formatPercent(film.budgetUsedPercent)} |`,
    `| Cache savings | ${money(film.cacheSavings?.cost)} (${formatTokens(film.cacheSavings?.tokens)} tokens) |`,
  ];
  const usage = usageOf(report);
  const spend = usageByScene(report);
  if (usage) {
    const forecast = usage.forecast;
    const runsOut = report.scenes.find((scene) => scene.index === forecast.runsOutAtScene);
    lines.push(
      `| Spent so far | ${money(forecast.spent)} |`,
      `| Forecast (spent + calibrated rest with contingency) | ${money(forecast.total)} |`,
      `| Forecast against budget | ${forecast.fits === false ? `over by ${money(forecast.overBy)}` : typeof forecast.budget === 'number' ? 'fits' : 'no budget'} |`,
    );
    if (runsOut) {
      lines.push(`| Money runs out at | ${markdownText(sceneName(runsOut))} |`);
    }
  }
  lines.push('');
  const over = report.scenes.filter((scene) => scene.status === 'over' || scene.status === 'exhausted');
  if (over.length > 0) {
    lines.push('## Over budget', '');
    for (const scene of over) {
      const detail = scene.status === 'exhausted' ? 'the budget is already spent' : `over by ${money(scene.overBy)}`;
      lines.push(`- ${markdownText(sceneName(scene))}: ${money(scene.cost)}, ${detail}`);
    }
    lines.push('');
  }
  lines.push(
    '## Scenes',
    '',
    `| Scene | Heading | Pages | Time | Tier | Tokens | Cost | Allocation | Status |${usage ? ' Progress | Actual | Variance |' : ''}`,
    `|---:|---|---:|---:|---|---:|---:|---:|---|${usage ? '---|---:|---:|' : ''}`,
  );
  for (const scene of report.scenes) {
    const cells = [
      sceneLabel(scene),
      scene.heading,
      formatEighths(scene.pagesEighths),
      formatScreenTime(scene.screenSeconds),
      scene.tier ?? '',
      formatTokens(scene.tokens),
      money(scene.cost),
      typeof scene.allocation === 'number' ? money(scene.allocation) : '',
      scene.status ?? '',
    ];
    if (usage) {
      const entry = spend.get(scene.index);
      cells.push(progressWord(entry?.progress), money(entry?.actual ?? 0), signedMoney(entry?.variance, money));
    }
    lines.push(`| ${cells.map(markdownText).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Keeps screenplay text literal in Markdown: no table breaks, emphasis, links or HTML. */
export function markdownText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1');
}

function usageByScene(report: BudgetReport): Map<number, UsageSceneReport> {
  return new Map((usageOf(report)?.scenes ?? []).map((scene) => [scene.index, scene]));
}

function progressWord(progress: string | undefined): string {
  return progress === 'done' ? 'done' : progress === 'in_progress' ? 'in progress' : 'not started';
}

/** `+$6.00` over the estimate, `-$52.50` under it. */
function signedMoney(amount: number | undefined, money: (amount: unknown) => string): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    return '';
  }
  return amount > 0 ? `+${money(amount)}` : money(amount);
}

function sceneName(scene: SceneReport): string {
  return scene.number?.trim() ? `Scene ${scene.number.trim()}, ${scene.heading}` : scene.heading;
}

function sceneLabel(scene: SceneReport): string {
  return scene.label ?? scene.number?.trim() ?? '';
}

function plainNumber(value: unknown, decimals: number): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(decimals) : '';
}

function fitsWord(fits: boolean | null | undefined): string {
  if (fits === true) {
    return 'fits';
  }
  return fits === false ? 'over' : '';
}
