/**
 * The budget view's HTML, as a pure function of the report so it can be tested without VS Code.
 * The page is a shell (strict CSP, one nonce'd script and stylesheet) whose #root is replaced on
 * every refresh by a postMessage carrying renderBudgetBody's output; that keeps the scroll
 * position while the writer types.
 */
import type { FitPlanAnswer } from '../report/fitTypes';
import type { BudgetReport, FilmDisplay, SceneDisplay, SceneReport, SceneStatus } from '../report/reportTypes';
import { BudgetStyles } from './budgetStyles';
import { html, SafeHtml } from './safeHtml';
import { burnDown, NothingSpent, renderBurnDown, renderUsageTotals, SceneActual, sceneActuals, spendText, usageSceneBar } from './usageHtml';

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

/** The page's buttons for the proposed plan: ask for it, or apply it. */
export interface PlanActionMessage {
  readonly type: 'proposePlan' | 'applyPlan';
}

export function isPlanActionMessage(message: unknown): message is PlanActionMessage {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return type === 'proposePlan' || type === 'applyPlan';
}

/**
 * What the view shows of the plan that fits the film to its budget: nothing yet (a "Propose a
 * plan" button), a note (planning, or why there is none), or the server's plan.
 */
export type Proposal = undefined | { readonly note: string } | { readonly plan: FitPlanAnswer };

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
    const action = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    if (action) {
      vscode.postMessage({ type: action.getAttribute('data-action') });
      return;
    }
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

/** The report's figures as the server wrote them; a figure the server left out reads as a dash. */
function filmDisplay(report: BudgetReport): FilmDisplay {
  return report.film.display ?? {};
}

function sceneDisplay(scene: SceneReport): SceneDisplay {
  return scene.display ?? {};
}

export function renderBudgetBody(report: BudgetReport, proposal?: Proposal): SafeHtml {
  const film = filmDisplay(report);
  const title = report.title?.trim() || 'Untitled screenplay';
  const overScenes = report.scenes.filter((scene) => scene.status === 'over' || scene.status === 'exhausted');
  const actuals = sceneActuals(report);
  const runsOut = report.scenes.find((scene) => scene.index === report.usage?.forecast?.runsOutAtScene);
  const runsOutAt = runsOut ? describeScene(runsOut) : undefined;
  const chart = burnDown(report);

  return html`<h1>${title}</h1>
${renderVerdict(report)}
${renderProposal(report, proposal)}
<dl class="totals">
${total('Screen time', film.screenTime)}
${total('Pages', film.pages)}
${total('Tokens', film.tokens)}
${total('Estimate', film.cost)}
${total(`Contingency (${film.contingencyPercent ?? '—'})`, film.contingency)}
${total('With contingency', film.costWithContingency)}
${total('Budget', film.budget ?? 'None set')}
${total('Budget used', film.budgetUsedPercent)}
${total('Cache savings', `${film.cacheSavings ?? '—'} · ${film.cacheSavingsTokens ?? '—'} tokens`)}
</dl>
${renderUsageTotals(report, runsOutAt)}
${renderParts(film)}
${renderOverList(overScenes, report)}
<h2>Scenes</h2>
${renderLegend(actuals !== undefined)}
${renderChart(report.scenes, actuals)}
${chart ? renderBurnDown(chart, report, runsOutAt) : html``}`;
}

function renderVerdict(report: BudgetReport): SafeHtml {
  const film = filmDisplay(report);
  const withContingency = film.costWithContingency ?? '—';
  if (!hasAmount(report.film.budget)) {
    return html`<p class="verdict unbudgeted">Estimate ${withContingency} with contingency. No budget is set: add a line such as <code>Budget: ${film.currencySymbol ?? ''}10,000</code> to the title page.</p>`;
  }
  if (report.film.fits === false) {
    const exhausted = report.scenes.find((scene) => scene.index === report.film.exhaustedAtScene);
    const where = exhausted ? html` The money runs out at ${describeScene(exhausted)}.` : html``;
    return html`<p class="verdict over">Over budget: ${withContingency} against ${film.budget ?? '—'}, ${film.overBy ?? '—'} too much.${where}</p>`;
  }
  return html`<p class="verdict">Fits the budget: ${withContingency} of ${film.budget ?? '—'} (${film.budgetUsedPercent ?? '—'}).</p>`;
}

/**
 * The proposed plan beside the current one: the scenes whose tier would change (now → plan, cost
 * at the plan's tier), the plan's total against the budget, what it trades, and the button that
 * applies it. Only with a budget: without one there is nothing to fit.
 */
export function renderProposal(report: BudgetReport, proposal: Proposal): SafeHtml {
  if (!hasAmount(report.film.budget)) {
    return html``;
  }
  if (proposal === undefined) {
    return html`<p><button class="action" type="button" data-action="proposePlan">Propose a plan</button> that fits the film to its budget, to compare before changing anything.</p>`;
  }
  if ('note' in proposal) {
    return html`<section class="plan"><h2>Proposed plan</h2><p class="note">${proposal.note}</p></section>`;
  }
  const plan = proposal.plan;
  const film = filmDisplay(report);
  const changes = plan.scenes.filter((scene) => scene.fromTier !== scene.toTier);
  const headingOf = (index: number) => report.scenes.find((scene) => scene.index === index)?.heading ?? '';
  const total = plan.fits
    ? html`<p class="verdict">With the plan: ${plan.costWithContingencyText ?? '—'} with contingency, within the ${plan.budgetText ?? '—'} budget (now ${film.costWithContingency ?? '—'}).</p>`
    : html`<p class="verdict over">Even the cheapest plan needs ${plan.costWithContingencyText ?? '—'} with contingency, over the ${plan.budgetText ?? '—'} budget (now ${film.costWithContingency ?? '—'}).</p>`;
  const table =
    changes.length === 0
      ? html`<p class="note">Every scene keeps its tier.</p>`
      : html`<table class="plan"><thead><tr><th>Scene</th><th>Heading</th><th>Now</th><th>Plan</th><th>Cost</th></tr></thead><tbody>${changes.map(
          (scene) =>
            html`<tr><td>${scene.label}</td><td class="heading">${headingOf(scene.index)}</td><td>${scene.fromTier}</td><td>${scene.toTier}</td><td class="amount">${scene.costText ?? '—'}</td></tr>`,
        )}</tbody></table>`;
  const tradeoffs = plan.tradeoffs.length === 0 ? html`` : html`<ul class="tradeoffs">${plan.tradeoffs.map((sentence) => html`<li>${sentence}</li>`)}</ul>`;
  const apply =
    plan.fits && changes.length > 0 && plan.edit !== undefined && plan.edit !== null
      ? html`<p><button class="action" type="button" data-action="applyPlan">Apply the plan</button> <span class="note">One edit of the tier notes: Undo takes it back.</span></p>`
      : html``;
  return html`<section class="plan"><h2>Proposed plan</h2>${total}${table}${tradeoffs}${apply}</section>`;
}

function renderOverList(scenes: SceneReport[], report: BudgetReport): SafeHtml {
  if (scenes.length === 0) {
    return hasAmount(report.film.budget) ? html`<h2>Over budget</h2><p class="note">Every scene fits its allocation.</p>` : html``;
  }
  const items = scenes.map(
    (scene) => html`<li>${sceneButton(scene, [
      html`<span class="heading">${scene.heading}</span>`,
      html`<span class="amount">${overText(scene)}</span>`,
    ])}</li>`,
  );
  return html`<h2>Over budget (${scenes.length})</h2><ul class="over-list">${items}</ul>`;
}

/** Where the money goes: the parts the server sends, in its order and under its labels. */
function renderParts(film: FilmDisplay): SafeHtml {
  const parts = film.parts ?? [];
  if (parts.length === 0) {
    return html``;
  }
  return html`<h2>Where the money goes</h2>
<dl class="totals">${parts.map((part) => total(part.label, `${part.cost} · ${part.tokens} tokens`))}</dl>`;
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

function renderChart(scenes: SceneReport[], actuals: Map<number, SceneActual> | undefined): SafeHtml {
  if (scenes.length === 0) {
    return html`<p class="note">No scenes yet: a scene starts with a heading such as <code>INT. KITCHEN - NIGHT</code>.</p>`;
  }
  const scale = Math.max(...scenes.map((scene) => chartExtent(scene, actuals?.get(scene.index))), 0);
  const rows = scenes.map((scene) => {
    const shown = sceneDisplay(scene);
    const estimate = shown.allocation ? `${shown.cost ?? '—'} of ${shown.allocation}` : (shown.cost ?? '—');
    const spend = actuals?.get(scene.index);
    const bar = actuals
      ? usageSceneBar(finite(scene.cost), statusOf(scene), hasAmount(scene.allocation) ? scene.allocation : null, spend ?? NothingSpent, scale)
      : sceneBar(scene, scale);
    const amount = actuals ? html`${estimate}<br><span class="spend">${spendText(spend ?? NothingSpent)}</span>` : html`${estimate}`;
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

/** How the server names the scene in sentences: `scene 4A (EXT. DINER - DAY)`, or its heading. */
function describeScene(scene: SceneReport): string {
  return scene.display?.name ?? scene.heading;
}

function sceneLabel(scene: SceneReport): string {
  return scene.label ?? scene.number?.trim() ?? '';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function overText(scene: SceneReport): string {
  const shown = sceneDisplay(scene);
  if (scene.status === 'exhausted') {
    return `${shown.cost ?? '—'}, budget already spent`;
  }
  return `${shown.cost ?? '—'} of ${shown.allocation ?? '—'}, over by ${shown.overBy ?? '—'}`;
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

function total(label: string, value: string | null | undefined): SafeHtml {
  return html`<div><dt>${label}</dt><dd>${value ?? '—'}</dd></div>`;
}

function hasAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function finite(value: unknown): number {
  return hasAmount(value) && value > 0 ? value : 0;
}
