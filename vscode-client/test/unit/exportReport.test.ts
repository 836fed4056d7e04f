import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, exportReport, markdownText, toCsv, toMarkdown } from '../../src/report/exportReport';
import { overBudgetReport, reportWithUsage } from '../support/sampleReport';

test('CSV has one row per scene with plain amounts, then the film totals', () => {
  const lines = toCsv(overBudgetReport()).split('\r\n');
  assert.deepEqual(lines, [
    'Scene,Heading,Pages,Screen seconds,Tier,Tokens,Cost (USD),Allocation (USD),Status,Over by (USD)',
    // 82.5 s rounds to 83; 11 eighths = 1 3/8.
    '1,EXT. MAIN STREET - DAY,1 3/8,83,standard,120000,30.00,50.00,fits,',
    '2,INT. BOOTH - NIGHT,1 1/8,68,standard,120000,62.50,50.00,over,12.50',
    'Film estimate,,2.5,150,,1250000,92.50,,,',
    'Contingency 20%,,,,,,18.50,,,',
    'Film with contingency,,,,,,111.00,100.00,over,',
    '',
  ]);
});

test('CSV quotes commas and quotes, and defuses spreadsheet formulas', () => {
  assert.equal(csvCell('EXT. FARM, BARN - DAY'), '"EXT. FARM, BARN - DAY"');
  assert.equal(csvCell('He said "cut"'), '"He said ""cut"""');
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('@SUM(A1)'), `'@SUM(A1)`);
  assert.equal(csvCell('-12.50'), '-12.50', 'a negative number stays a number');
});

test('Markdown has the totals, the over-budget scenes and a scene table', () => {
  const markdown = toMarkdown(overBudgetReport());
  assert.ok(markdown.startsWith('# Budget: THE LAST REEL\n'));
  assert.ok(markdown.includes('| With contingency | $111.00 |'));
  assert.ok(markdown.includes('| Cache savings | $4.25 (40k tokens) |'));
  assert.ok(markdown.includes('## Over budget\n\n- Scene 2, INT. BOOTH - NIGHT: $62.50, over by $12.50\n'));
  assert.ok(markdown.includes('| 1 | EXT. MAIN STREET - DAY | 1 3/8 | 1m 23s | standard | 120k | $30.00 | $50.00 | fits |'));
});

test('Markdown keeps screenplay text literal', () => {
  assert.equal(markdownText('INT. BAR | *NIGHT* <b>'), 'INT. BAR \\| \\*NIGHT\\* \\<b\\>');
  assert.equal(markdownText('line one\nline two'), 'line one line two');
});

test('JSON is the report as the server sent it', () => {
  const report = overBudgetReport();
  assert.deepEqual(JSON.parse(exportReport(report, 'json')), report);
});

test('with a ledger, CSV adds progress, actual and variance per scene, then spend and forecast', () => {
  const lines = toCsv(reportWithUsage()).split('\r\n');
  assert.deepEqual(lines, [
    'Scene,Heading,Pages,Screen seconds,Tier,Tokens,Cost (USD),Allocation (USD),Status,Over by (USD),Progress,Actual (USD),Variance (USD)',
    // Variance = actual − estimate: 36 − 30 = 6; 10 − 62.50 = −52.50.
    '1,EXT. MAIN STREET - DAY,1 3/8,83,standard,120000,30.00,50.00,fits,,done,36.00,6.00',
    '2,INT. BOOTH - NIGHT,1 1/8,68,standard,120000,62.50,50.00,over,12.50,in progress,10.00,-52.50',
    'Film estimate,,2.5,150,,1250000,92.50,,,,,,',
    'Contingency 20%,,,,,,18.50,,,,,,',
    'Film with contingency,,,,,,111.00,100.00,over,,,,',
    'Spent so far,,,,,,,,,,,48.00,',
    'Forecast,,,,,,126.00,100.00,over,26.00,,,',
    '',
  ]);
});

test('with a ledger, Markdown adds the spend, the forecast and actual columns', () => {
  const markdown = toMarkdown(reportWithUsage());
  assert.ok(markdown.includes('| Spent so far | $48.00 |'));
  assert.ok(markdown.includes('| Forecast (spent + calibrated rest with contingency) | $126.00 |'));
  assert.ok(markdown.includes('| Forecast against budget | over by $26.00 |'));
  assert.ok(markdown.includes('| Money runs out at | Scene 2, INT. BOOTH - NIGHT |'));
  assert.ok(markdown.includes('| Scene | Heading | Pages | Time | Tier | Tokens | Cost | Allocation | Status | Progress | Actual | Variance |'));
  // markdownText escapes the plus sign; it renders as +$6.00.
  assert.ok(markdown.includes('| 1 | EXT. MAIN STREET - DAY | 1 3/8 | 1m 23s | standard | 120k | $30.00 | $50.00 | fits | done | $36.00 | \\+$6.00 |'), markdown);
  assert.ok(markdown.includes('| over | in progress | $10.00 | -$52.50 |'));
});

test('without a ledger the exports keep their plan-only columns', () => {
  assert.ok(!toCsv(overBudgetReport()).includes('Actual'));
  assert.ok(!toMarkdown(overBudgetReport()).includes('Spent so far'));
});
