/** What the status bar says about a report: pure, so the wording is tested without VS Code. */
import { formatMoney, formatPercent } from '../report/format';
import { BudgetReport, usageOf } from '../report/reportTypes';

export interface StatusText {
  readonly text: string;
  readonly tooltip: string;
  readonly over: boolean;
}

export function statusText(report: BudgetReport): StatusText {
  const plan = planText(report);
  const usage = usageOf(report);
  if (!usage) {
    return plan;
  }
  // Once money is spent the spend leads: `$412 spent · est. $1,297 / $1,600`.
  const currency = report.currency ?? 'USD';
  const forecast = usage.forecast;
  const spent = formatMoney(forecast.spent, currency);
  const forecastOver = forecast.fits === false;
  const rate = `At the current rate the film will cost ${formatMoney(forecast.total, currency)}`;
  const forecastWords = forecastOver
    ? `${rate}, ${formatMoney(forecast.overBy, currency)} over the budget.`
    : typeof forecast.budget === 'number'
      ? `${rate}, within the budget.`
      : `${rate}.`;
  return {
    text: `${spent} spent · est. ${plan.text}`,
    tooltip: `${spent} spent so far. ${forecastWords} ${plan.tooltip}`,
    over: plan.over || forecastOver,
  };
}

function planText(report: BudgetReport): StatusText {
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
