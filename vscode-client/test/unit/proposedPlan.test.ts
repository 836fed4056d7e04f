import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPlanActionMessage, renderBudgetBody, renderProposal } from '../../src/budget/budgetHtml';
import type { FitPlanAnswer } from '../../src/report/fitTypes';
import { isFitPlanAnswer } from '../../src/report/fitTypes';
import { overBudgetReport } from '../support/sampleReport';

/*
 * The plan the server would answer for overBudgetReport ($111 with 20% contingency on a $100
 * budget): scene 2 goes from standard to background at $45.00, scene 1 stays at $30.00, so the
 * plan costs (30 + 45) x 1.2 = $90.00 with contingency. The texts are the server's, as Amounts
 * writes them (cents below $100, whole units from $100).
 */
function plan(overrides: Partial<FitPlanAnswer> = {}): FitPlanAnswer {
  return {
    fits: true,
    budget: 100,
    costWithContingency: 90,
    budgetText: '$100',
    costWithContingencyText: '$90.00',
    scenes: [
      { index: 0, label: '1', fromTier: 'standard', toTier: 'standard', cost: 30, costText: '$30.00' },
      { index: 1, label: '2', fromTier: 'standard', toTier: 'background', cost: 45, costText: '$45.00' },
    ],
    tradeoffs: ['Scene 2 drops to "background" & saves $17.50 <b>before</b> contingency.'],
    edit: { documentChanges: [] },
    ...overrides,
  };
}

test('the proposed plan lists the scenes that change, beside the current total', () => {
  const body = renderBudgetBody(overBudgetReport(), { plan: plan() }).value;
  assert.ok(body.includes('<h2>Proposed plan</h2>'));
  assert.ok(body.includes('With the plan: $90.00 with contingency, within the $100 budget (now $111).'), body);
  const rows = body.match(/<tr><td>[^<]*<\/td>.*?<\/tr>/g) ?? [];
  assert.equal(rows.length, 1, 'only the scene whose tier changes');
  assert.ok(rows[0]!.includes('<td>2</td>'));
  assert.ok(rows[0]!.includes('<td>standard</td><td>background</td><td class="amount">$45.00</td>'), rows[0]);
  assert.ok(body.includes('data-action="applyPlan"'));
  assert.ok(!body.includes('data-action="proposePlan"'));
});

test('tradeoff sentences and tier names are shown as text, never as markup', () => {
  const malicious = plan({
    scenes: [{ index: 1, label: '2"><img src=x>', fromTier: 'standard', toTier: '<script>x</script>', cost: 45, costText: '$45.00' }],
  });
  const body = renderProposal(overBudgetReport(), { plan: malicious }).value;
  assert.ok(body.includes('Scene 2 drops to &quot;background&quot; &amp; saves $17.50 &lt;b&gt;before&lt;/b&gt; contingency.'));
  assert.ok(body.includes('&lt;script&gt;x&lt;/script&gt;'));
  assert.ok(!/<script|<img|<b>/i.test(body));
});

test('a plan that cannot fit says so and offers nothing to apply', () => {
  const body = renderProposal(overBudgetReport(), {
    plan: plan({ fits: false, costWithContingency: 104, costWithContingencyText: '$104', edit: undefined }),
  }).value;
  assert.ok(body.includes('Even the cheapest plan needs $104 with contingency, over the $100 budget (now $111).'), body);
  assert.ok(!body.includes('applyPlan'));
});

test('without a proposal the view offers to propose one, and nothing without a budget', () => {
  assert.ok(renderProposal(overBudgetReport(), undefined).value.includes('data-action="proposePlan"'));
  assert.ok(renderProposal(overBudgetReport(), { note: 'Working out a plan that fits…' }).value.includes('Working out a plan that fits…'));
  const unbudgeted = overBudgetReport();
  unbudgeted.film.budget = null;
  assert.equal(renderProposal(unbudgeted, { plan: plan() }).value, '');
});

test('only the two plan buttons pass as plan messages, and only well-formed plans as answers', () => {
  assert.ok(isPlanActionMessage({ type: 'proposePlan' }));
  assert.ok(isPlanActionMessage({ type: 'applyPlan' }));
  assert.ok(!isPlanActionMessage({ type: 'applyEdit', edit: {} }));
  assert.ok(!isPlanActionMessage(null));
  assert.ok(isFitPlanAnswer(plan()));
  assert.ok(!isFitPlanAnswer({ fits: true, scenes: [{ index: 'x' }], tradeoffs: [] }));
  assert.ok(!isFitPlanAnswer({ fits: 'yes', scenes: [], tradeoffs: [] }));
});
