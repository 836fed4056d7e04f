import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatEighths, formatMoney, formatPercent, formatScreenTime, formatTokens } from '../../src/report/format';

test('amounts of a thousand or more are whole, smaller ones show cents', () => {
  assert.equal(formatMoney(8420.4, 'USD'), '$8,420');
  assert.equal(formatMoney(10000, 'USD'), '$10,000');
  assert.equal(formatMoney(18.4, 'USD'), '$18.40');
  assert.equal(formatMoney(999.994, 'USD'), '$999.99');
  assert.equal(formatMoney(0, 'USD'), '$0.00');
});

test('other currencies use their own sign', () => {
  assert.equal(formatMoney(1500, 'EUR'), '€1,500');
  assert.equal(formatMoney(7.1, 'GBP'), '£7.10');
});

test('an unknown currency code or a missing amount does not fail', () => {
  assert.equal(formatMoney(1234.5, 'not a currency'), '1,235 not a currency');
  assert.equal(formatMoney(undefined, 'USD'), '—');
  assert.equal(formatMoney(Number.NaN, 'USD'), '—');
});

test('tokens read as k, M and B', () => {
  assert.equal(formatTokens(950), '950');
  assert.equal(formatTokens(1_234), '1.2k');
  assert.equal(formatTokens(412_000), '412k');
  assert.equal(formatTokens(1_250_000), '1.3M'); // 1.25 rounds half up to one decimal
  assert.equal(formatTokens(3_000_000), '3M');
  assert.equal(formatTokens(27_400_000_000), '27B');
});

test('screen time reads as seconds, minutes and hours', () => {
  assert.equal(formatScreenTime(45), '45s');
  assert.equal(formatScreenTime(105), '1m 45s'); // 105 = 60 + 45
  assert.equal(formatScreenTime(120), '2m');
  assert.equal(formatScreenTime(5880), '1h 38m'); // 5880 = 3600 + 38 × 60
  assert.equal(formatScreenTime(7200), '2h');
});

test('pages read in eighths as on a breakdown sheet', () => {
  assert.equal(formatEighths(3), '3/8');
  assert.equal(formatEighths(8), '1');
  assert.equal(formatEighths(11), '1 3/8'); // 11 = 8 + 3
  assert.equal(formatEighths(0), '0');
});

test('percentages are whole', () => {
  assert.equal(formatPercent(84.2), '84%');
  assert.equal(formatPercent(null), '—');
});
