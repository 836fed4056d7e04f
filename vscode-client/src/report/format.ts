/**
 * How amounts, tokens and durations read to a line producer. Pure functions, no vscode import.
 */

const Dash = '—';

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * `$8,420` for large amounts, `$18.40` under a thousand: cents matter on a scene, not on a film.
 * An unknown currency code falls back to `1,234.50 XYZ` instead of failing.
 */
export function formatMoney(amount: unknown, currency = 'USD'): string {
  if (!isNumber(amount)) {
    return Dash;
  }
  const digits = Math.abs(amount) >= 1000 ? 0 : 2;
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(amount);
  } catch {
    const plain = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(amount);
    return `${plain} ${currency}`;
  }
}

const TokenUnits: ReadonlyArray<[number, string]> = [
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** `412k`, `1.2M`: one decimal under ten of a unit, none above, as the server's lenses read. */
export function formatTokens(tokens: unknown): string {
  if (!isNumber(tokens)) {
    return Dash;
  }
  for (const [size, suffix] of TokenUnits) {
    if (Math.abs(tokens) >= size) {
      const scaled = tokens / size;
      const text = Math.abs(scaled) < 10 ? scaled.toFixed(1).replace(/\.0$/, '') : Math.round(scaled).toString();
      return `${text}${suffix}`;
    }
  }
  return Math.round(tokens).toString();
}

/** `45s`, `1m 45s`, `2m`, `1h 38m`. */
export function formatScreenTime(seconds: unknown): string {
  if (!isNumber(seconds) || seconds < 0) {
    return Dash;
  }
  const total = Math.round(seconds);
  if (total < 60) {
    return `${total}s`;
  }
  if (total < 3600) {
    const minutes = Math.floor(total / 60);
    const rest = total % 60;
    return rest === 0 ? `${minutes}m` : `${minutes}m ${rest}s`;
  }
  const hours = Math.floor(total / 3600);
  const minutes = Math.round((total % 3600) / 60);
  return minutes === 0 ? `${hours}h` : `${hours}h ${minutes}m`;
}

/** Page counts the way a breakdown sheet writes them: `3/8`, `1`, `1 3/8`. */
export function formatEighths(eighths: unknown): string {
  if (!isNumber(eighths) || eighths < 0) {
    return Dash;
  }
  const whole = Math.floor(eighths / 8);
  const rest = Math.round(eighths - whole * 8);
  if (rest === 0) {
    return whole.toString();
  }
  return whole === 0 ? `${rest}/8` : `${whole} ${rest}/8`;
}

export function formatPercent(percent: unknown): string {
  return isNumber(percent) ? `${Math.round(percent)}%` : Dash;
}
