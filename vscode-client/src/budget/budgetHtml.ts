/**
 * The budget view's HTML, as a pure function of the report so it can be tested without VS Code.
 * The page is a shell (strict CSP, one nonce'd script and stylesheet) whose #root is replaced on
 * every refresh by a postMessage carrying renderBudgetBody's output; that keeps the scroll
 * position while the writer types.
 */
import { formatMoney, formatPercent, formatScreenTime, formatTokens } from '../report/format';
import type { BudgetReport, CostAndTokens, FilmReport, SceneReport, SceneStatus } from '../report/reportTypes';
import { BudgetStyles } from './budgetStyles';
import { html, SafeHtml } from './safeHtml';
import { burnDown, renderBurnDown, renderUsageTotals, SceneActual, sceneActuals, spendText, usageSceneBar } from './usageHtml';

export interface BudgetDocumentInput {
  readonly nonce: string;
  readonly body: SafeHtml;
}

/** The message the page sends when a scene is clicked. */
export interface RevealSceneMessage {
  readonly type: 'revealScene';
  readonly index: number;
}

export function isRevealSceneMessage(message: unknown): message is RevealSceneMessage {
  const candidate = message as Partial<RevealSceneMessage> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.type === 'revealScene' &&
    Number.isInteger(candidate.index)
  );
}

export function isReadyMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready';
}

export function renderBudgetDocument({ nonce, body }: BudgetDocumentInput): string {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(nonce)) {
    throw new Error('The budget view needs a random base64 nonce of at least 16 characters.');
  }
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${new SafeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Scenecost budget</title>
<style nonce="${nonce}">${new SafeHtml(BudgetStyles)}</style>
</head>
<body>
<main id="root">${body}</main>
<script nonce="${nonce}">${new SafeHtml(PageScript)}</script>
</body>
</html>
`.value;
}

/** Runs inside the webview: forwards scene clicks and swaps in re-rendered bodies. */
const PageScript = `
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  root.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target.closest('[data-scene-index]') : null;
    if (target) {
      vscode.postMessage({ type: 'revealScene', index: Number(target.getAttribute('data-scene-index')) });
    }
  });
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (message && message.type === 'render' && typeof message.html === 'string') {
      root.innerHTML = message.html;
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
`;

/** A short note in place of the report: no screenplay open, server starting, or an error. */
export function renderBudgetNote(text: string): SafeHtml {
  return html`<h1>Budget</h1><p class="note">${text}</p>`;
}

export function renderBudgetBody(report: BudgetReport): SafeHtml {
  const currency = report.currency ?? 'USD';
  const money = (amount: unknown) => formatMoney(amount, currency);
  const film = report.film;
  const title = report.title?.trim() || 'Untitled screenplay';
  const overScenes = report.scenes.filter((scene) => scene.status === 'over' || scene.status === 'exhausted');
  const actuals = sceneActuals(report);
  const runsOut = report.scenes.find((scene) => scene.index === report.usage?.forecast?.runsOutAtScene);
  const runsOutAt = runsOut ? describeScene(runsOut) : undefined;
  const chart = burnDown(report);

  return html`<h1>${title}</h1>
${renderVerdict(report, money)}
<dl class="totals">
${total('Screen time', formatScreenTime(film.screenSeconds))}
${total('Pages', typeof film.pages === 'number' ? film.pages.toFixed(1) : undefined)}
${total('Tokens', formatTokens(film.tokens))}
${total('Estimate', money(film.cost))}
${total(`Contingency (${formatPercent(film.contingencyPercent)})`, money(film.contingency))}
${total('With contingency', money(film.costWithContingency))}
${total('Budget', hasAmount(film.budget) ? money(film.budget) : 'None set')}
${total('Budget used', formatPercent(film.budgetUsedPercent))}
${total('Cache savings', `${money(film.cacheSavings?.cost)} · ${formatTokens(film.cacheSavings?.tokens)} tokens`)}
</dl>
${renderUsageTotals(report, money, runsOutAt)}
${renderModalities(film.modalities, money)}
${renderOverList(overScenes, report, money)}
<h2>Scenes</h2>
${renderLegend(actuals !== undefined)}
${renderChart(report.scenes, money, actuals)}
${chart ? renderBurnDown(chart, money, runsOutAt) : html``}`;
}

type Money = (amount: unknown) => string;

function renderVerdict(report: BudgetReport, money: Money): SafeHtml {
  const film = report.film;
  if (!hasAmount(film.budget)) {
    return html`<p class="verdict unbudgeted">Estimate ${money(film.costWithContingency)} with contingency. No budget is set: add a line such as <code>Budget: $10,000</code> to the title page.</p>`;
  }
  if (film.fits === false) {
    const overBy = (film.costWithContingency ?? 0) - film.budget;
    const exhausted = report.scenes.find((scene) => scene.index === film.exhaustedAtScene);
    const where = exhausted ? html` The money runs out at ${describeScene(exhausted)}.` : html``;
    return html`<p class="verdict over">Over budget: ${money(film.costWithContingency)} against ${money(film.budget)}, ${money(overBy)} too much.${where}</p>`;
  }
  return html`<p class="verdict">Fits the budget: ${money(film.costWithContingency)} of ${money(film.budget)} (${formatPercent(film.budgetUsedPercent)}).</p>`;
}

function renderOverList(scenes: SceneReport[], report: BudgetReport, money: Money): SafeHtml {
  if (scenes.length === 0) {
    return hasAmount(report.film.budget) ? html`<h2>Over budget</h2><p class="note">Every scene fits its allocation.</p>` : html``;
  }
  const items = scenes.map(
    (scene) => html`<li>${sceneButton(scene, [
      html`<span class="heading">${scene.heading}</span>`,
      html`<span class="amount">${overText(scene, money)}</span>`,
    ])}</li>`,
  );
  return html`<h2>Over budget (${scenes.length})</h2><ul class="over-list">${items}</ul>`;
}

const ModalityNames: Record<string, string> = {
  video: 'Video',
  keyframes: 'Keyframes',
  references: 'References (sheets, plates, LoRAs)',
  voice: 'Voice',
  lipsync: 'Lip-sync',
  fixes: 'Fixes',
  upscale: 'Upscale',
  music: 'Music',
  sound: 'Sound',
  text: 'Prompts',
  images: 'Reference images',
};

/**
 * The report's parts of the bill, biggest first. Schema 2's `images` is keyframes + references
 * (kept for old ledgers), so it is left out when they are there; parts that cost nothing too.
 */
export function modalityRows(modalities: FilmReport['modalities']): [string, CostAndTokens][] {
  const entries = Object.entries(modalities ?? {});
  const split = entries.some(([name]) => name === 'keyframes' || name === 'references');
  return entries
    .filter(([name, value]) => !(split && name === 'images') && ((value?.cost ?? 0) !== 0 || name === 'video'))
    .sort((a, b) => (b[1]?.cost ?? 0) - (a[1]?.cost ?? 0));
}

function renderModalities(modalities: FilmReport['modalities'], money: Money): SafeHtml {
  const entries = modalityRows(modalities);
  if (entries.length === 0) {
    return html``;
  }
  return html`<h2>Where the money goes</h2>
<dl class="totals">${entries.map(([name, value]) => total(ModalityNames[name] ?? name, `${money(value?.cost)} · ${formatTokens(value?.tokens)} tokens`))}</dl>`;
}

function renderLegend(withUsage: boolean): SafeHtml {
  const entries: Array<[SceneStatus, string]> = [
    ['fits', 'Fits its allocation'],
    ['over', 'Over its allocation'],
    ['exhausted', 'Budget exhausted'],
    ['unbudgeted', 'No allocation'],
  ];
  return html`<p class="legend">${entries.map(
    ([status, label]) =>
      html`<span><svg width="10" height="10" aria-hidden="true"><rect class="status-${status}" width="10" height="10"/></svg>${label}</span>`,
  )}<span><svg width="10" height="10" aria-hidden="true"><rect class="allocation" x="4" width="2" height="10"/></svg>Allocation</span>${
    withUsage
      ? html`<span><svg width="10" height="10" aria-hidden="true"><rect class="actual" width="10" height="10"/></svg>Spent</span><span><svg width="10" height="10" aria-hidden="true"><rect class="calibrated" x="4" width="2" height="10"/></svg>Calibrated estimate</span>`
      : html``
  }</p>`;
}

function renderChart(scenes: SceneReport[], money: Money, actuals: Map<number, SceneActual> | undefined): SafeHtml {
  if (scenes.length === 0) {
    return html`<p class="note">No scenes yet: a scene starts with a heading such as <code>INT. KITCHEN - NIGHT</code>.</p>`;
  }
  const scale = Math.max(...scenes.map((scene) => chartExtent(scene, actuals?.get(scene.index))), 0);
  const rows = scenes.map((scene) => {
    const estimate = hasAmount(scene.allocation) ? `${money(scene.cost)} of ${money(scene.allocation)}` : money(scene.cost);
    const spend = actuals?.get(scene.index);
    const bar = actuals
      ? usageSceneBar(finite(scene.cost), statusOf(scene), hasAmount(scene.allocation) ? scene.allocation : null, spend ?? { actual: 0, calibrated: undefined, progress: 'not_started' }, scale)
      : sceneBar(scene, scale);
    const amount = actuals ? html`${estimate}<br><span class="spend">${spendText(spend ?? { actual: 0, calibrated: undefined, progress: 'not_started' }, money)}</span>` : html`${estimate}`;
    return html`<li>${sceneButton(scene, [html`<span class="heading">${scene.heading}</span>`, bar, html`<span class="amount">${amount}</span>`])}</li>`;
  });
  return html`<ol class="scenes">${rows}</ol>`;
}

/** The largest amount a scene's bars draw, so every bar shares one scale. */
function chartExtent(scene: SceneReport, spend: SceneActual | undefined): number {
  return Math.max(finite(scene.cost), finite(scene.allocation), finite(spend?.actual), finite(spend?.calibrated));
}

/** One bar on a shared scale: the estimate filled in its status colour, a tick at the allocation. */
export function sceneBar(scene: SceneReport, scale: number): SafeHtml {
  const width = (amount: number) => (scale > 0 ? Math.min(100, (amount / scale) * 100) : 0).toFixed(2);
  const status = statusOf(scene);
  const allocationTick = hasAmount(scene.allocation)
    ? html`<rect class="allocation" x="${Math.min(99.4, Number(width(scene.allocation)))}" y="0" width="0.6" height="12"/>`
    : html``;
  return html`<svg class="bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true"><rect class="track" x="0" y="2" width="100" height="8"/><rect class="status-${status}" x="0" y="2" width="${width(finite(scene.cost))}" height="8"/>${allocationTick}</svg>`;
}

function sceneButton(scene: SceneReport, cells: SafeHtml[]): SafeHtml {
  const label = `${capitalize(describeScene(scene))}. ${statusDescription(statusOf(scene))}. Show it in the screenplay.`;
  return html`<button class="scene" type="button" data-scene-index="${scene.index}" title="${label}" aria-label="${label}"><span class="number">${sceneLabel(scene)}</span>${cells}</button>`;
}

/** `scene 4A, EXT. DINER - DAY`; unnumbered scenes go by their heading alone. */
function describeScene(scene: SceneReport): string {
  const number = scene.number?.trim();
  return number ? `scene ${number}, ${scene.heading}` : scene.heading;
}

function sceneLabel(scene: SceneReport): string {
  return scene.label ?? scene.number?.trim() ?? '';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function overText(scene: SceneReport, money: Money): string {
  if (scene.status === 'exhausted') {
    return `${money(scene.cost)}, budget already spent`;
  }
  return `${money(scene.cost)} of ${money(scene.allocation)}, over by ${money(scene.overBy)}`;
}

function statusOf(scene: SceneReport): SceneStatus {
  const known: SceneStatus[] = ['fits', 'over', 'exhausted', 'unbudgeted'];
  return known.includes(scene.status as SceneStatus) ? (scene.status as SceneStatus) : 'unbudgeted';
}

function statusDescription(status: SceneStatus): string {
  switch (status) {
    case 'fits':
      return 'Fits its allocation';
    case 'over':
      return 'Over its allocation';
    case 'exhausted':
      return 'The budget is spent before this scene';
    case 'unbudgeted':
      return 'No allocation';
  }
}

function total(label: string, value: string | undefined): SafeHtml {
  return html`<div><dt>${label}</dt><dd>${value ?? '—'}</dd></div>`;
}

function hasAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function finite(value: unknown): number {
  return hasAmount(value) && value > 0 ? value : 0;
}
