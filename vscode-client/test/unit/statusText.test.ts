import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusText } from '../../src/status/statusText';
import { overBudgetReport } from '../support/sampleReport';

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
