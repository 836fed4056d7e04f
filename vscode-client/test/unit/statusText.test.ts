import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusText } from '../../src/status/statusText';
import { overBudgetReport, reportWithUsage } from '../support/sampleReport';

test('an over-budget film shows estimate against budget with a warning', () => {
  const status = statusText(overBudgetReport()); // $111 with contingency against $100
  assert.equal(status.text, '$111.00 / $100.00');
  assert.equal(status.over, true);
  assert.match(status.tooltip, /^Over budget: film estimate with 20% contingency against the budget \(111% used\)/);
});

test('a film that fits has no warning', () => {
  const report = overBudgetReport();
  report.film = { ...report.film, costWithContingency: 8420, budget: 10000, budgetUsedPercent: 84.2, fits: true };
  const status = statusText(report);
  assert.equal(status.text, '$8,420 / $10,000');
  assert.equal(status.over, false);
  assert.match(status.tooltip, /^Fits the budget: .*\(84% used\)/);
});

test('without a budget only the estimate shows, with a hint how to set one', () => {
  const report = overBudgetReport();
  report.film = { ...report.film, budget: null, fits: null };
  const status = statusText(report);
  assert.equal(status.text, '$111.00');
  assert.equal(status.over, false);
  assert.match(status.tooltip, /No budget is set: add "Budget: \$10,000" to the title page/);
});

test('with a usage ledger the spend comes first, and an over forecast warns', () => {
  const status = statusText(reportWithUsage()); // $48 spent; forecast $126 against $100
  assert.equal(status.text, '$48.00 spent · est. $111.00 / $100.00');
  assert.equal(status.over, true);
  assert.match(status.tooltip, /^\$48\.00 spent so far\. At the current rate the film will cost \$126\.00, \$26\.00 over the budget\. Over budget: /);
});

test('an estimate that fits but a forecast that does not still warns', () => {
  const report = reportWithUsage();
  report.film = { ...report.film, costWithContingency: 1297, budget: 1600, budgetUsedPercent: 81.1, fits: true };
  report.usage!.forecast = { ...report.usage!.forecast, spent: 412, total: 1700, budget: 1600, overBy: 100, fits: false };
  const status = statusText(report);
  assert.equal(status.text, '$412.00 spent · est. $1,297 / $1,600');
  assert.equal(status.over, true);
});
