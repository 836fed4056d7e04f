import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusLineText, statusText } from '../../src/status/statusText';
import { overBudgetReport, reportWithUsage } from '../support/sampleReport';

test('the status bar shows the server\'s line as it comes, and warns when it says so', () => {
  const status = statusText(overBudgetReport()); // $111 with contingency against $100
  assert.equal(status.text, '$111 / $100');
  assert.equal(status.over, true);
  assert.equal(status.tooltip, 'Over budget: film estimate with 20% contingency against the budget (111% used). Click for the budget view.');
});

test('with a usage ledger the server\'s line leads with the spend', () => {
  const status = statusText(reportWithUsage());
  assert.equal(status.text, '$48.00 spent · est. $111 / $100');
  assert.equal(status.over, true);
  assert.match(status.tooltip, /^\$48\.00 spent so far\. At the current rate the film will cost \$126, \$26\.00 over the budget\. /);
});

test('a report without the server\'s line says the versions differ instead of inventing figures', () => {
  const report = overBudgetReport();
  delete report.film.display;
  const status = statusText(report);
  assert.equal(status.text, 'Scenecost');
  assert.equal(status.over, false);
  assert.match(status.tooltip, /different versions/);
});

test('the line sent with each reportChanged reads as the report\'s own', () => {
  const report = reportWithUsage();
  const line = report.film.display?.statusBar;
  assert.ok(line);
  assert.deepEqual(statusLineText(line), statusText(report));
  assert.equal(statusLineText(undefined).text, 'Scenecost');
});
