import type { BudgetReport, SceneReport } from '../../src/report/reportTypes';

/*
 * The display strings are what the server's Amounts writes for these numbers (cents below $100,
 * whole units from $100, tokens in k and M with one decimal below ten): the client shows them as
 * they come, so these samples pin the server's one format, not a formatter of the client's.
 */

/** A scene with every field set; override what a test is about. */
export function scene(overrides: Partial<SceneReport> & Pick<SceneReport, 'index'>): SceneReport {
  return {
    number: String(overrides.index + 1),
    heading: 'INT. KITCHEN - NIGHT',
    headingRange: { start: { line: overrides.index * 10, character: 0 }, end: { line: overrides.index * 10, character: 20 } },
    range: { start: { line: overrides.index * 10, character: 0 }, end: { line: overrides.index * 10 + 9, character: 0 } },
    pagesEighths: 8,
    screenSeconds: 60,
    tier: 'standard',
    tokens: 120_000,
    cost: 10,
    allocation: 20,
    status: 'fits',
    overBy: null,
    display: { label: String(overrides.index + 1), pages: '1', screenTime: '1m 00s', tokens: '120k', cost: '$10.00', allocation: '$20.00', overBy: '$0.00', status: 'fits' },
    ...overrides,
  };
}

/**
 * Two scenes on a $100 budget: scene 1 costs $30 of a $50 allocation (fits), scene 2 costs $62.50
 * of $50 (over by $12.50). Estimate 30 + 62.50 = 92.50; contingency 20% = 18.50; total 111.00,
 * which is 111% of 100: over budget.
 */
export function overBudgetReport(): BudgetReport {
  return {
    schemaVersion: 2,
    title: 'THE LAST REEL',
    currency: 'USD',
    film: {
      screenSeconds: 150,
      pages: 2.5,
      tokens: 1_250_000,
      cost: 92.5,
      contingencyPercent: 20,
      contingency: 18.5,
      costWithContingency: 111,
      cacheSavings: { tokens: 40_000, cost: 4.25 },
      budget: 100,
      budgetUsedPercent: 111,
      fits: false,
      exhaustedAtScene: 1,
      // 60 + 20 + 10 + 2.50 = 92.50, the estimate.
      modalities: {
        video: { tokens: 1_000_000, cost: 60 },
        images: { tokens: 150_000, cost: 20 },
        voice: { tokens: 0, cost: 10 },
        text: { tokens: 100_000, cost: 2.5 },
      },
      display: {
        currencySymbol: '$',
        screenTime: '2m 30s',
        pages: '2 4/8',
        tokens: '1.3M',
        cost: '$92.50',
        contingencyPercent: '20%',
        contingency: '$18.50',
        costWithContingency: '$111',
        cacheSavings: '$4.25',
        cacheSavingsTokens: '40k',
        budget: '$100',
        budgetUsedPercent: '111%',
        overBy: '$11.00',
        parts: [
          { key: 'video', label: 'Video', cost: '$60.00', tokens: '1.0M' },
          { key: 'images', label: 'Reference images', cost: '$20.00', tokens: '150k' },
          { key: 'voice', label: 'Voice', cost: '$10.00', tokens: '0' },
          { key: 'text', label: 'Prompts', cost: '$2.50', tokens: '100k' },
        ],
        statusBar: { text: '$111 / $100', tooltip: 'Over budget: film estimate with 20% contingency against the budget (111% used).', over: true },
      },
    },
    scenes: [
      scene({
        index: 0,
        heading: 'EXT. MAIN STREET - DAY',
        cost: 30,
        allocation: 50,
        status: 'fits',
        pagesEighths: 11,
        screenSeconds: 82.5,
        display: { label: '1', name: 'scene 1 (EXT. MAIN STREET - DAY)', pages: '1 3/8', screenTime: '1m 23s', tokens: '120k', cost: '$30.00', allocation: '$50.00', overBy: '$0.00', status: 'fits' },
      }),
      scene({
        index: 1,
        heading: 'INT. BOOTH - NIGHT',
        cost: 62.5,
        allocation: 50,
        status: 'over',
        overBy: 12.5,
        pagesEighths: 9,
        screenSeconds: 67.5,
        display: { label: '2', name: 'scene 2 (INT. BOOTH - NIGHT)', pages: '1 1/8', screenTime: '1m 08s', tokens: '120k', cost: '$62.50', allocation: '$50.00', overBy: '$12.50', status: 'OVER +$12.50' },
      }),
    ],
    findings: [],
    problems: [],
  };
}

/**
 * overBudgetReport with a usage ledger. Scene 1 is done: $36 spent on a $30 estimate, so the
 * calibration factor is 36 / 30 = 1.2. Scene 2 is in progress: $10 spent; calibrated 62.50 × 1.2
 * = 75, so 75 − 10 = 65 remains, 65 × 1.2 = 78 with contingency, projected 10 + 78 = 88.
 * $2 was spent on rows for no scene. Running total: 2 + 36 = 38, then 38 + 88 = 126.
 * Spent 2 + 36 + 10 = 48; forecast 48 + 78 = 126 against 100: 26 over, out of money in scene 2.
 */
export function reportWithUsage(): BudgetReport {
  const plan = overBudgetReport();
  plan.film.display!.statusBar = {
    text: '$48.00 spent · est. $111 / $100',
    tooltip: '$48.00 spent so far. At the current rate the film will cost $126, $26.00 over the budget. Over budget: film estimate with 20% contingency against the budget (111% used).',
    over: true,
  };
  return {
    ...plan,
    usage: {
      ledger: 'reel.fountain.usage.csv',
      ledgerExists: true,
      calibration: { calibrated: true, basisScenes: [0] },
      forecast: {
        spent: 48,
        unmatchedSpent: 2,
        rawEstimate: 92.5,
        calibratedEstimate: 111,
        remaining: 65,
        contingencyPercent: 20,
        total: 126,
        budget: 100,
        overBy: 26,
        fits: false,
        runsOutAtScene: 1,
        display: {
          spent: '$48.00',
          unmatchedSpent: '$2.00',
          remaining: '$65.00',
          contingencyPercent: '20%',
          total: '$126',
          budget: '$100',
          overBy: '$26.00',
          spare: null,
          runsOutAt: 'scene 2 (INT. BOOTH - NIGHT)',
        },
      },
      scenes: [
        {
          index: 0,
          progress: 'done',
          actual: 36,
          rawEstimate: 30,
          calibratedEstimate: 36,
          variance: 6,
          remaining: 0,
          projected: 36,
          cumulative: 38,
          budgetLeft: 62,
          display: { progress: 'done', actual: '$36.00', rawEstimate: '$30.00', calibratedEstimate: '$36.00', variance: '+$6.00' },
        },
        {
          index: 1,
          progress: 'in_progress',
          actual: 10,
          rawEstimate: 62.5,
          calibratedEstimate: 75,
          variance: -52.5,
          remaining: 65,
          projected: 88,
          cumulative: 126,
          budgetLeft: -26,
          display: { progress: 'in progress', actual: '$10.00', rawEstimate: '$62.50', calibratedEstimate: '$75.00', variance: '-$52.50' },
        },
      ],
      problems: [],
    },
  };
}
