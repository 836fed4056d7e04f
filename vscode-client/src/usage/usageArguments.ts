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
  [key: string]: unknown;
}

export const UsageModalities: ReadonlyArray<{ id: string; label: string; description: string }> = [
  { id: 'video', label: 'Video', description: 'generated shots and clips' },
  { id: 'images', label: 'Reference images', description: 'character sheets, location plates' },
  { id: 'voice', label: 'Voice', description: 'dialogue audio' },
  { id: 'text', label: 'Prompts', description: 'text model tokens' },
  { id: 'other', label: 'Other', description: 'anything else' },
];

/** True when the action's arguments still lack what was spent, so the writer must be asked. */
export function needsAmounts(args: readonly unknown[]): args is [RecordUsageArguments, ...unknown[]] {
  const first = args[0] as Partial<RecordUsageArguments> | undefined;
  return typeof first === 'object' && first !== null && typeof first.uri === 'string' && (first.cost === undefined || first.cost === null || first.cost === '');
}

/** `6`, `$6.00`, `1,200.50`, `€ 40`: the amount, or undefined when it is not one. */
export function parseCost(text: string): number | undefined {
  const cleaned = text.trim().replace(/^[^\d.-]+/, '').replace(/[^\d.]+$/, '').replace(/,(?=\d{3}\b)/g, '');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(cleaned)) {
    return undefined;
  }
  const amount = Number(cleaned);
  return Number.isFinite(amount) ? amount : undefined;
}

/** The input box's complaint about a typed amount, or undefined when it reads. */
export function costProblem(text: string): string | undefined {
  if (text.trim() === '') {
    return 'Type what was spent, for example 6.00';
  }
  return parseCost(text) === undefined ? `"${text.trim()}" is not an amount; type it like 6.00 or $1,200.50` : undefined;
}

export function withAmounts(args: RecordUsageArguments, cost: number, modality: string, model: string | undefined): RecordUsageArguments {
  const filled: RecordUsageArguments = { ...args, cost, modality };
  if (model && model.trim() !== '') {
    filled.model = model.trim();
  }
  return filled;
}
