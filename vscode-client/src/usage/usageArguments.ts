/**
 * The server's `scenecost.recordUsage` command (docs/editors.md): its code action carries the
 * scene, the editor asks the writer what was spent and sends the amounts back. Pure logic here,
 * the prompts in recordUsagePrompt.ts.
 */
export const RecordUsageCommand = 'scenecost.recordUsage';

export interface RecordUsageArguments {
  uri: string;
  sceneIndex?: number;
  sceneLabel?: string;
  cost?: number | string;
  modality?: string;
  model?: string;
  /** The kinds of spending to offer, from the server. */
  modalities?: unknown;
  [key: string]: unknown;
}

/** A kind of spending the server offers in the action's arguments: `{id, label, description}`. */
export interface ModalityChoice {
  id: string;
  label: string;
  description?: string;
}

/** The kinds of spending the server sent with the action; none when it sent none. */
export function modalityChoices(args: RecordUsageArguments): ModalityChoice[] {
  const offered = args.modalities;
  return Array.isArray(offered)
    ? offered.filter((entry): entry is ModalityChoice => typeof entry === 'object' && entry !== null && typeof entry.id === 'string' && typeof entry.label === 'string')
    : [];
}

/** True when the action's arguments still lack what was spent, so the writer must be asked. */
export function needsAmounts(args: readonly unknown[]): args is [RecordUsageArguments, ...unknown[]] {
  const first = args[0] as Partial<RecordUsageArguments> | undefined;
  return typeof first === 'object' && first !== null && typeof first.uri === 'string' && (first.cost === undefined || first.cost === null || first.cost === '');
}

/**
 * The arguments with what the writer typed: the cost as text (`$6.00`, `1,200.50`, `€ 40`), which
 * the server reads and checks as it reads the ledger; the server's answer says what is wrong.
 */
export function withAmounts(args: RecordUsageArguments, cost: string, modality: string | undefined, model: string | undefined): RecordUsageArguments {
  const { modalities: _offered, ...scene } = args;
  const filled: RecordUsageArguments = { ...scene, cost: cost.trim() };
  if (modality !== undefined) {
    filled.modality = modality;
  }
  if (model && model.trim() !== '') {
    filled.model = model.trim();
  }
  return filled;
}
