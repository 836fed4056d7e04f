import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderBudgetBody } from '../../src/budget/budgetHtml';
import { burnDown, chartPoints } from '../../src/budget/usageHtml';
import { overBudgetReport, reportWithUsage } from '../support/sampleReport';

function chartOf(body: string): string {
  return /<ol class="scenes">(.*?)<\/ol>/s.exec(body)?.[1] ?? '';
}

function rowOf(body: string, index: number): string {
  return new RegExp(`data-scene-index="${index}"(.*?)</button>`, 's').exec(chartOf(body))?.[1] ?? '';
}

test('without a ledger the view has no spend, no burn-down and single bars', () => {
  const body = renderBudgetBody(overBudgetReport()).value;
  assert.ok(!body.includes('Burn-down'));
  assert.ok(!body.includes('Spent so far'));
  assert.ok(!body.includes('class="actual"'));
});

test('each scene draws its spend under its estimate, on one shared scale', () => {
  // Scale: the largest of 30, 50 (allocation), 36 (spent), 62.50, 50, 10, 75 (calibrated) = 75.
  const body = renderBudgetBody(reportWithUsage()).value;
  const first = rowOf(body, 0);
  assert.ok(first.includes('<rect class="status-fits" x="0" y="1" width="40.00" height="8"/>'), first); // 30 / 75
  assert.ok(first.includes('<rect class="actual" x="0" y="11" width="48.00" height="8"/>')); // 36 / 75
  assert.ok(first.includes('<rect class="allocation" x="66.67" y="0" width="0.6" height="20"/>')); // 50 / 75
  assert.ok(!first.includes('class="calibrated"'), 'a finished scene has no calibrated tick: its estimate is its spend');
  assert.ok(first.includes('$30.00 of $50.00<br><span class="spend">spent $36.00 · done</span>'));

  const second = rowOf(body, 1);
  assert.ok(second.includes('<rect class="status-over" x="0" y="1" width="83.33" height="8"/>')); // 62.50 / 75
  assert.ok(second.includes('<rect class="actual" x="0" y="11" width="13.33" height="8"/>')); // 10 / 75
  assert.ok(second.includes('<rect class="calibrated" x="99.4" y="0" width="0.6" height="20"/>'), 'the tick at 75 / 75 stays inside the track');
  assert.ok(second.includes('spent $10.00 · calibrated $75.00'));
});

test('a scene with no spend yet says so instead of "spent $0.00"', () => {
  const report = reportWithUsage();
  const scenes = report.usage!.scenes!;
  scenes[1] = { ...scenes[1]!, actual: 0, progress: 'not_started', display: { ...scenes[1]!.display, actual: '$0.00' } };
  assert.ok(rowOf(renderBudgetBody(report).value, 1).includes('<span class="spend">nothing spent yet · calibrated $75.00</span>'));
});

test('without a calibration no calibrated estimate is shown', () => {
  const report = reportWithUsage();
  report.usage!.calibration = { calibrated: false, basisScenes: [] };
  const body = renderBudgetBody(report).value;
  assert.ok(!chartOf(body).includes('class="calibrated"'));
  assert.ok(!chartOf(body).includes('calibrated $'));
});

test('the burn-down adds up plan, spend and forecast scene by scene', () => {
  const chart = burnDown(reportWithUsage())!;
  // Plan: 30 × 1.2 = 36, then 36 + 62.50 × 1.2 = 111 (the film with contingency).
  assert.deepEqual(chart.planned, [0, 36, 111]);
  // Spent: $2 on rows for no scene, + 36, + 10.
  assert.deepEqual(chart.spent, [2, 38, 48]);
  // The server's running total of projected spend.
  assert.deepEqual(chart.forecast, [2, 38, 126]);
  assert.equal(chart.budget, 100);
  assert.equal(chart.runsOutAfter, 2, 'the forecast passes the budget in the second scene');
  assert.equal(chart.top, 126);
});

test('burn-down points sit on a 100 × 50 grid, the largest value at the top', () => {
  // x: 0, 50, 100. y = 50 − value / 126 × 50: 36 → 35.71, 111 → 5.95, 2 → 49.21, 38 → 34.92, 48 → 30.95.
  assert.equal(chartPoints([0, 36, 111], 126), '0.00,50.00 50.00,35.71 100.00,5.95');
  assert.equal(chartPoints([2, 38, 48], 126), '0.00,49.21 50.00,34.92 100.00,30.95');
  const body = renderBudgetBody(reportWithUsage()).value;
  assert.ok(body.includes('<polyline class="forecast" points="0.00,49.21 50.00,34.92 100.00,0.00"'));
  // Budget: 50 − 100 / 126 × 50 = 10.32.
  assert.ok(body.includes('<line class="budget-line" x1="0" x2="100" y1="10.32" y2="10.32"'));
  assert.ok(body.includes('<line class="runs-out" x1="100.00" x2="100.00" y1="0" y2="50"'));
  assert.ok(!/ style="| on[a-z]+=/.test(body), 'the CSP blocks inline styles and handlers');
});

test('the film totals say what is spent, the forecast and where the money runs out', () => {
  const body = renderBudgetBody(reportWithUsage()).value;
  assert.ok(body.includes('Forecast $126 against $100: $26.00 over. At the current rate the money runs out at scene 2 (INT. BOOTH - NIGHT).'));
  assert.ok(body.includes('<dt>Spent so far</dt><dd>$48.00</dd>'));
  assert.ok(body.includes('<dt>Still to spend (calibrated)</dt><dd>$65.00</dd>'));
  assert.ok(body.includes('<dt>Forecast (20% contingency on the rest)</dt><dd>$126</dd>'));
  assert.ok(body.includes('<dt>Money runs out</dt><dd>scene 2 (INT. BOOTH - NIGHT)</dd>'));
});

test('a forecast that fits says how much is left', () => {
  const report = reportWithUsage();
  const forecast = report.usage!.forecast!;
  report.usage!.forecast = { ...forecast, total: 90, overBy: null, fits: true, runsOutAtScene: null, display: { ...forecast.display, total: '$90.00', overBy: '-$10.00', spare: '$10.00', runsOutAt: null } };
  const body = renderBudgetBody(report).value;
  assert.ok(body.includes('Forecast $90.00 fits the $100 budget, with $10.00 to spare.'));
  assert.ok(body.includes('<dt>Money runs out</dt><dd>Not at this rate</dd>'));
  assert.ok(!body.includes('class="runs-out"'));
});

test('scene headings in the spend section stay text', () => {
  const report = reportWithUsage();
  report.scenes[1]!.heading = '<img src=x onerror=alert(1)>';
  report.scenes[1]!.display = { ...report.scenes[1]!.display, name: 'scene 2 (<img src=x onerror=alert(1)>)' };
  const body = renderBudgetBody(report).value;
  assert.ok(!/<img/i.test(body));
  assert.ok(body.includes('money runs out at scene 2 (&lt;img src=x onerror=alert(1)&gt;)'));
});

test('a usage section without a forecast is ignored rather than breaking the view', () => {
  const report = overBudgetReport();
  report.usage = { ledger: 'x.usage.csv' } as never;
  assert.ok(!renderBudgetBody(report).value.includes('Burn-down'));
});
