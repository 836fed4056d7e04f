import type { BudgetReport, SceneReport } from '../../src/report/reportTypes';

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
    schemaVersion: 1,
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
    },
    scenes: [
      scene({ index: 0, heading: 'EXT. MAIN STREET - DAY', cost: 30, allocation: 50, status: 'fits', pagesEighths: 11, screenSeconds: 82.5 }),
      scene({ index: 1, heading: 'INT. BOOTH - NIGHT', cost: 62.5, allocation: 50, status: 'over', overBy: 12.5, pagesEighths: 9, screenSeconds: 67.5 }),
    ],
    findings: [],
    problems: [],
  };
}
