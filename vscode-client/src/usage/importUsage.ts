/**
 * The server's `scenecost.importUsage` command (docs/editors.md#scenecostimportusage): adds a
 * provider's usage export to the screenplay's ledger through a mapping of `usage.imports` in the
 * nearest scenecost.json, which only the server reads. Pure logic here; the dialogs are in
 * commands/importUsageCommand.ts.
 */
export const ImportUsageCommand = 'scenecost.importUsage';

export interface ImportUsageArguments {
  uri: string;
  exportPath: string;
  mapping?: string;
}

/** Without a mapping the server uses the only one there is, or says which names to choose from. */
export function importUsageArguments(screenplayUri: string, exportPath: string, mapping: string | undefined): ImportUsageArguments {
  const args: ImportUsageArguments = { uri: screenplayUri, exportPath };
  if (mapping !== undefined && mapping.trim() !== '') {
    args.mapping = mapping.trim();
  }
  return args;
}

/**
 * The mapping names the server offers when scenecost.json has several and none was chosen: it
 * answers with an error whose data lists them. Empty for any other error.
 */
export function offeredMappings(error: unknown): string[] {
  const data = typeof error === 'object' && error !== null ? (error as { data?: unknown }).data : undefined;
  const names = typeof data === 'object' && data !== null ? (data as { mappings?: unknown }).mappings : undefined;
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
}

export interface ImportOutcome {
  readonly severity: 'information' | 'warning';
  readonly message: string;
  /** Every problem, one per line, for the output channel. */
  readonly details: readonly string[];
}

/** What the writer is told after an import: the server's message, and its problems when any. */
export function importOutcome(answer: unknown): ImportOutcome {
  const reply = (typeof answer === 'object' && answer !== null ? answer : {}) as { message?: unknown; problems?: unknown; added?: unknown };
  const problems = Array.isArray(reply.problems) ? reply.problems.filter((problem): problem is string => typeof problem === 'string') : [];
  const message =
    typeof reply.message === 'string' && reply.message.trim() !== ''
      ? reply.message.trim()
      : typeof reply.added === 'number'
        ? `Added ${reply.added} ${reply.added === 1 ? 'row' : 'rows'} to the usage ledger.`
        : 'The Scenecost server gave no answer about the import. Scenecost: Show Output has the details.';
  if (problems.length === 0) {
    return { severity: 'information', message, details: [] };
  }
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more in the output)` : '';
  return { severity: 'warning', message: `${message} ${first}${more}`, details: problems };
}
