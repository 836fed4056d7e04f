/**
 * The client's faces against the server's: the budget view and the status bar drawn from a report
 * the server wrote (test/fixtures/faces, kept current by the server's ClientFixtureTest) show the
 * very strings of the command line's table for the same film: euros, a budget over a million.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { renderBudgetBody } from '../../src/budget/budgetHtml';
import { escapeHtml } from '../../src/budget/safeHtml';
import type { BudgetReport } from '../../src/report/reportTypes';
import { statusText } from '../../src/status/statusText';

const fixtures = path.join(__dirname, '..', 'fixtures', 'faces');
const report = JSON.parse(readFileSync(path.join(fixtures, 'report.json'), 'utf8')) as BudgetReport;
const table = readFileSync(path.join(fixtures, 'table.txt'), 'utf8');
const body = renderBudgetBody(report).value;

function tableLine(label: string): string {
  const line = table.split('\n').find((candidate) => candidate.startsWith(`${label}:`));
  assert.ok(line, `the table has a "${label}:" line`);
  return line;
}

test('the film reads the same in the budget view, the status bar and the table', () => {
  const film = report.film.display!;
  assert.equal(film.currencySymbol, '€');
  assert.equal(film.budget, '€2.5M');
  assert.ok(tableLine('With contingency').includes(` ${film.costWithContingency} (${film.contingencyPercent}: ${film.contingency})`));
  assert.ok(tableLine('Budget').includes(` ${film.budget}, ${film.budgetUsedPercent} used`));
  assert.ok(body.includes(`<dt>With contingency</dt><dd>${film.costWithContingency}</dd>`));
  assert.ok(body.includes(`<dt>Budget</dt><dd>${film.budget}</dd>`));
  const status = statusText(report);
  assert.equal(status.text, film.statusBar!.text);
  assert.ok(status.text.endsWith(`est. ${film.costWithContingency} / ${film.budget}`), status.text);
});

test('every scene reads the same in the budget view and the table', () => {
  for (const scene of report.scenes) {
    const shown = scene.display!;
    const row = table.split('\n').find((line) => line.trimStart().startsWith(`${shown.label} `) && line.includes(' fits'));
    assert.ok(row, `a table row for scene ${shown.label}`);
    // Columns are right-aligned to the widest figure, so only the order and the spacing between
    // them is fixed, not its width.
    const cells = row.trim().split(/\s{2,}/);
    const at = cells.indexOf(shown.tokens ?? '');
    assert.ok(at >= 0 && cells[at + 1] === shown.cost && cells[at + 2] === shown.allocation, `${row} / ${shown.cost}`);
    assert.ok(body.includes(`${shown.cost} of ${shown.allocation}`), `the view shows ${shown.cost} of ${shown.allocation}`);
  }
});

test('spend under a cent reads the same in the view as in the table', () => {
  const spend = report.usage!.scenes![1]!.display!;
  assert.equal(spend.actual, '<€0.01');
  assert.ok(table.includes(` ${spend.actual} `), 'the table\'s spend column');
  assert.ok(body.includes(`spent ${escapeHtml(spend.actual!)}`), 'the view\'s spend line, as HTML text');
});
