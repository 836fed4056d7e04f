/**
 * The `scenecost.*` settings, typed, and the initialization options that carry them to the
 * server. The server receives the same nested shape on every change through
 * `workspace/didChangeConfiguration` (the language client's configurationSection sync).
 */
export type DisplayMode = 'codeLens' | 'inlayHints' | 'both' | 'off';
export type TraceLevel = 'off' | 'messages' | 'verbose';

export interface ScenecostSettings {
  display: DisplayMode;
  java: { home: string | null };
  server: { vmargs: string };
  trace: { server: TraceLevel };
  /** Null means "the screenplay's or scenecost.json's own, else the built-in default". */
  budget: {
    amount: number | null;
    currency: string | null;
    exchangeRate: number | null;
    contingencyPercent: number | null;
    defaultTier: string | null;
  };
}

/**
 * `{"scenecost": {...}}`: the shape docs/editors.md documents, and the one
 * `workspace/didChangeConfiguration` carries in `params.settings`, so the server reads both
 * through one code path.
 */
export interface InitializationOptions {
  scenecost: ScenecostSettings;
}

/** Reads one setting below `scenecost.`, e.g. `budget.amount`; undefined when unset. */
export type SettingReader = (key: string) => unknown;

export const DefaultSettings: ScenecostSettings = {
  display: 'codeLens',
  java: { home: null },
  server: { vmargs: '-Xms64m -Xmx512m -XX:NewRatio=1 -XX:SurvivorRatio=2 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MinHeapFreeRatio=40 -XX:MaxHeapFreeRatio=70' },
  trace: { server: 'off' },
  budget: { amount: null, currency: null, exchangeRate: null, contingencyPercent: null, defaultTier: null },
};

/** Hand-edited settings.json can hold anything: a wrong type falls back to the default. */
export function readSettings(read: SettingReader): ScenecostSettings {
  const defaults = DefaultSettings;
  const exchangeRate = nonNegativeNumber(read('budget.exchangeRate'));
  return {
    display: oneOf(read('display'), ['codeLens', 'inlayHints', 'both', 'off'], defaults.display),
    java: { home: nonEmptyString(read('java.home')) ?? null },
    server: { vmargs: typeof read('server.vmargs') === 'string' ? (read('server.vmargs') as string) : defaults.server.vmargs },
    trace: { server: oneOf(read('trace.server'), ['off', 'messages', 'verbose'], defaults.trace.server) },
    budget: {
      amount: nonNegativeNumber(read('budget.amount')) ?? null,
      currency: nonEmptyString(read('budget.currency'))?.toUpperCase() ?? null,
      exchangeRate: exchangeRate !== undefined && exchangeRate > 0 ? exchangeRate : null,
      contingencyPercent: nonNegativeNumber(read('budget.contingencyPercent')) ?? null,
      defaultTier: nonEmptyString(read('budget.defaultTier')) ?? null,
    },
  };
}

export function initializationOptions(settings: ScenecostSettings): InitializationOptions {
  return { scenecost: settings };
}

/** Settings that only take effect when the server process starts again. */
export const RestartSettings = ['scenecost.java.home', 'scenecost.server.vmargs'] as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function nonNegativeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
