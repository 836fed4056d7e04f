import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DefaultSettings, initializationOptions, readSettings } from '../../src/settings/settings';

function reader(values: Record<string, unknown>) {
  return (key: string) => values[key];
}

test('unset settings take the defaults', () => {
  assert.deepEqual(readSettings(reader({})), DefaultSettings);
});

test('set values are carried in the nested shape the server reads', () => {
  const settings = readSettings(
    reader({
      display: 'both',
      'java.home': ' /opt/jdk ',
      'server.vmargs': '-Xmx1g',
      'trace.server': 'verbose',
      'budget.amount': 12000,
      'budget.currency': 'eur',
      'budget.exchangeRate': 0.92,
      'budget.contingencyPercent': 10,
      'budget.defaultTier': 'hero',
    }),
  );
  const expected = {
    display: 'both',
    java: { home: '/opt/jdk' },
    server: { vmargs: '-Xmx1g' },
    trace: { server: 'verbose' },
    budget: { amount: 12000, currency: 'EUR', exchangeRate: 0.92, contingencyPercent: 10, defaultTier: 'hero' },
  };
  assert.deepEqual(initializationOptions(settings), { scenecost: expected }, 'one shape: the one didChangeConfiguration carries');
});

test('hand-edited values of the wrong type fall back to the defaults', () => {
  const settings = readSettings(
    reader({
      display: 'sidebar',
      'budget.amount': '10000',
      'budget.contingencyPercent': -5,
      'budget.currency': '',
      'budget.defaultTier': 42,
      'budget.exchangeRate': 0,
      'trace.server': true,
    }),
  );
  assert.equal(settings.display, 'codeLens');
  assert.deepEqual(settings.budget, DefaultSettings.budget, 'every budget default is null: the project decides');
  assert.equal(settings.trace.server, 'off');
});
