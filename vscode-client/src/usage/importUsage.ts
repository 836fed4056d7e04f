/**
 * The server's `scenecost.importUsage` command (docs/editors.md#scenecostimportusage): adds a
 * provider's usage export to the screenplay's ledger through a mapping of `usage.imports` in the
 * nearest scenecost.json. Pure logic here; the dialogs are in commands/importUsageCommand.ts.
 */
import * as path from 'node:path';

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
 * The folders scenecost.json is looked for in: the screenplay's, then each parent up to and
 * including the workspace folder (or the file system's root when outside every workspace).
 */
export function configCandidates(screenplayPath: string, workspaceRoot: string | undefined): string[] {
  const candidates: string[] = [];
  let folder = path.dirname(screenplayPath);
  const stop = workspaceRoot === undefined ? undefined : path.resolve(workspaceRoot);
  for (;;) {
    candidates.push(path.join(folder, 'scenecost.json'));
    const parent = path.dirname(folder);
    if (parent === folder || (stop !== undefined && path.resolve(folder) === stop)) {
      return candidates;
    }
    folder = parent;
  }
}

/**
 * The mapping names of `usage.imports`, in the file's order. A file that does not read as JSON
 * gives none: the server then reports the problem with its line, which it does better.
 */
export function mappingNames(configText: string): string[] {
  try {
    const config = JSON.parse(configText) as { usage?: { imports?: unknown } } | null;
    const imports = config?.usage?.imports;
    return typeof imports === 'object' && imports !== null && !Array.isArray(imports) ? Object.keys(imports) : [];
  } catch {
    return [];
  }
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
