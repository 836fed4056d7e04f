/**
 * The answer of the server's `scenecost/fit` request: the plan of `scenecost fit --format json`
 * with the texts the budget view shows (the client formats no amount) and, when the plan fits and
 * changes a tier, the workspace edit of the code action "Fit the film to its budget".
 */
export interface FitPlanScene {
  readonly index: number;
  readonly label: string;
  readonly fromTier: string;
  readonly toTier: string;
  readonly cost: number;
  readonly costText?: string;
}

export interface FitPlanAnswer {
  readonly fits: boolean;
  readonly budget: number;
  readonly costWithContingency: number;
  readonly budgetText?: string;
  readonly costWithContingencyText?: string;
  readonly scenes: readonly FitPlanScene[];
  readonly tradeoffs: readonly string[];
  /** An LSP WorkspaceEdit, opaque to the view; absent when there is nothing to apply. */
  readonly edit?: unknown;
}

export function isFitPlanAnswer(value: unknown): value is FitPlanAnswer {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<FitPlanAnswer>;
  return (
    typeof candidate.fits === 'boolean' &&
    Array.isArray(candidate.scenes) &&
    candidate.scenes.every(
      (scene: Partial<FitPlanScene>) =>
        typeof scene === 'object' && scene !== null && Number.isInteger(scene.index) && typeof scene.fromTier === 'string' && typeof scene.toTier === 'string',
    ) &&
    Array.isArray(candidate.tradeoffs) &&
    candidate.tradeoffs.every((sentence) => typeof sentence === 'string')
  );
}
