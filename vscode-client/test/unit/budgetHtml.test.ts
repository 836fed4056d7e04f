import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRevealSceneMessage, renderBudgetBody, renderBudgetDocument, renderBudgetNote, sceneBar } from '../../src/budget/budgetHtml';
import { escapeHtml } from '../../src/budget/safeHtml';
import { overBudgetReport, scene } from '../support/sampleReport';

const Nonce = 'c2NlbmVjb3N0LW5vbmNlLTEyMw==';

function page(): string {
  return renderBudgetDocument({ nonce: Nonce, body: renderBudgetBody(overBudgetReport()) });
}

test('screenplay text is shown as text, never as markup', () => {
  const report = overBudgetReport();
  report.title = 'Tom & Jerry\'s "Big" <Night>';
  report.scenes[0]!.heading = 'INT. LAB - NIGHT <script>alert(1)</script><img src=x onerror=alert(2)>';
  report.scenes[0]!.number = '1A"><b>';
  const body = renderBudgetBody(report).value;
  assert.ok(body.includes('INT. LAB - NIGHT &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;'));
  assert.ok(body.includes('Tom &amp; Jerry&#39;s &quot;Big&quot; &lt;Night&gt;'));
  assert.ok(!/<script|<img|<b>/i.test(body), 'no element may come from screenplay text');
  assert.ok(body.includes('1A&quot;&gt;&lt;b&gt;'));
});

test('the escaper covers the five HTML-significant characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('the page has a strict CSP, one nonce script and nothing from the network', () => {
  const html = page();
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.equal(csp, `default-src 'none'; style-src 'nonce-${Nonce}'; script-src 'nonce-${Nonce}';`);
  const scripts = html.match(/<script[^>]*>/g) ?? [];
  assert.deepEqual(scripts, [`<script nonce="${Nonce}">`]);
  assert.ok(!/https?:|\/\/cdn|src=/.test(html), 'nothing may be loaded');
  assert.ok(!/ style="/.test(html), 'inline style attributes would be blocked by the CSP');
  assert.ok(!/ on[a-z]+=/.test(html), 'inline event handlers would be blocked by the CSP');
});

test('a nonce that is not random base64 is refused', () => {
  assert.throws(() => renderBudgetDocument({ nonce: `x' 'unsafe-inline`, body: renderBudgetNote('') }), /nonce/);
});

test('film totals, cache savings and the verdict are shown', () => {
  const body = renderBudgetBody(overBudgetReport()).value;
  // Estimate 92.50 + contingency 18.50 = 111.00 against 100.00: 11.00 too much, as the server writes them.
  assert.ok(body.includes('Over budget: $111 against $100, $11.00 too much.'), body);
  assert.ok(body.includes('The money runs out at scene 2 (INT. BOOTH - NIGHT).'));
  assert.ok(body.includes('<dt>Contingency (20%)</dt><dd>$18.50</dd>'));
  assert.ok(body.includes('<dt>Cache savings</dt><dd>$4.25 · 40k tokens</dd>'));
  assert.ok(body.includes('<dt>Screen time</dt><dd>2m 30s</dd>'));
});

test('the money is broken down by the parts the server sends, under its labels', () => {
  const body = renderBudgetBody(overBudgetReport()).value;
  assert.ok(body.includes('<dt>Video</dt><dd>$60.00 · 1.0M tokens</dd>'));
  assert.ok(body.includes('<dt>Reference images</dt><dd>$20.00 · 150k tokens</dd>'));
  assert.ok(body.includes('<dt>Prompts</dt><dd>$2.50 · 100k tokens</dd>'));
  // A part the server adds later shows without a change here.
  const report = overBudgetReport();
  report.film.display!.parts!.push({ key: 'music', label: 'Music', cost: '$4.00', tokens: '0' });
  assert.ok(renderBudgetBody(report).value.includes('<dt>Music</dt><dd>$4.00 · 0 tokens</dd>'));
});

test('an unnumbered scene is named by its heading', () => {
  const report = overBudgetReport();
  report.scenes[1]!.number = null;
  report.scenes[1]!.label = '(2)';
  report.scenes[1]!.display = { ...report.scenes[1]!.display, label: '(2)', name: 'INT. BOOTH - NIGHT' };
  const body = renderBudgetBody(report).value;
  assert.ok(body.includes('The money runs out at INT. BOOTH - NIGHT.'));
  assert.ok(body.includes('aria-label="INT. BOOTH - NIGHT. Over its allocation. Show it in the screenplay."'));
  assert.ok(body.includes('<span class="number">(2)</span>'), 'the number column shows the server\'s label');
});

test('over-budget scenes are listed with how much they are over', () => {
  const body = renderBudgetBody(overBudgetReport()).value;
  const list = /<h2>Over budget \(1\)<\/h2><ul class="over-list">(.*?)<\/ul>/s.exec(body)?.[1] ?? '';
  assert.ok(list.includes('INT. BOOTH - NIGHT'));
  assert.ok(list.includes('$62.50 of $50.00, over by $12.50'));
  assert.ok(!list.includes('MAIN STREET'), 'a scene that fits is not in the over list');
});

test('every scene is a button carrying its index for the reveal message', () => {
  const body = renderBudgetBody(overBudgetReport()).value;
  const chart = /<ol class="scenes">(.*)<\/ol>/s.exec(body)?.[1] ?? '';
  assert.deepEqual([...chart.matchAll(/data-scene-index="(\d+)"/g)].map((match) => match[1]), ['0', '1']);
  assert.ok(chart.includes('$30.00 of $50.00'));
});

test('bars share one scale: the largest estimate or allocation fills the track', () => {
  // Scale 62.50 (the largest of 30, 50, 62.50, 50): 30 / 62.5 = 48%, 50 / 62.5 = 80%.
  const bar = sceneBar(scene({ index: 0, cost: 30, allocation: 50, status: 'fits' }), 62.5).value;
  assert.ok(bar.includes('<rect class="status-fits" x="0" y="2" width="48.00" height="8"/>'));
  assert.ok(bar.includes('<rect class="allocation" x="80" y="0" width="0.6" height="12"/>'));
  const over = sceneBar(scene({ index: 1, cost: 62.5, allocation: 50, status: 'over' }), 62.5).value;
  assert.ok(over.includes('class="status-over" x="0" y="2" width="100.00"'));
});

test('a scene with an unknown status or no allocation is drawn as unbudgeted without a tick', () => {
  const bar = sceneBar(scene({ index: 0, cost: 5, allocation: null, status: 'weird' as never }), 10).value;
  assert.ok(bar.includes('class="status-unbudgeted" x="0" y="2" width="50.00"')); // 5 / 10
  assert.ok(!bar.includes('class="allocation"'));
});

test('a film without a budget says how to set one', () => {
  const report = overBudgetReport();
  report.film = { ...report.film, budget: null, fits: null, display: { ...report.film.display, budget: null, currencySymbol: '€' } };
  assert.ok(renderBudgetBody(report).value.includes('No budget is set: add a line such as <code>Budget: €10,000</code> to the title page.'));
});

test('only well-formed reveal messages are accepted from the page', () => {
  assert.equal(isRevealSceneMessage({ type: 'revealScene', index: 3 }), true);
  assert.equal(isRevealSceneMessage({ type: 'revealScene', index: '3' }), false);
  assert.equal(isRevealSceneMessage({ type: 'revealScene', index: 1.5 }), false);
  assert.equal(isRevealSceneMessage(null), false);
});
