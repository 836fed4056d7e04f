/** What the status bar says about a report: pure, so the wording is tested without VS Code. */
import { formatMoney, formatPercent } from '../report/format';
import type { BudgetReport } from '../report/reportTypes';

export interface StatusText {
  readonly text: string;
  readonly tooltip: string;
  readonly over: boolean;
}

export function statusText(report: BudgetReport): StatusText {
  const currency = report.currency ?? 'USD';
  const film = report.film;
  const estimate = film.costWithContingency ?? film.cost;
  const withContingency = `with ${formatPercent(film.contingencyPercent)} contingency`;
  if (typeof film.budget !== 'number' || !Number.isFinite(film.budget)) {
    return {
      text: formatMoney(estimate, currency),
      tooltip: `Film estimate ${withContingency}. No budget is set: add "Budget: $10,000" to the title page. Click for the budget view.`,
      over: false,
    };
  }
  const over = film.fits === false;
  const verdict = over ? 'Over budget' : 'Fits the budget';
  return {
    text: `${formatMoney(estimate, currency)} / ${formatMoney(film.budget, currency)}`,
    tooltip: `${verdict}: film estimate ${withContingency} against the budget (${formatPercent(film.budgetUsedPercent)} used). Click for the budget view.`,
    over,
  };
}
