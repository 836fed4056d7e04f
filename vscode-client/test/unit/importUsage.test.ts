import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importOutcome, importUsageArguments, offeredMappings } from '../../src/usage/importUsage';

const screenplay = 'file:///films/pier/pier.fountain';

test('the arguments carry the screenplay, the export and the chosen mapping', () => {
  assert.deepEqual(importUsageArguments(screenplay, '/downloads/runway.csv', 'runway'), {
    uri: screenplay,
    exportPath: '/downloads/runway.csv',
    mapping: 'runway',
  });
});

test('without a mapping the key is left out, so the server uses the only one', () => {
  const args = importUsageArguments(screenplay, '/downloads/runway.csv', undefined);
  assert.deepEqual(args, { uri: screenplay, exportPath: '/downloads/runway.csv' });
  assert.ok(!('mapping' in importUsageArguments(screenplay, '/x.csv', '  ')));
});

test('the mapping names come from the server\'s error when scenecost.json has several', () => {
  // vscode-jsonrpc's ResponseError carries the server's error data as `data`.
  const error = Object.assign(new Error('scenecost.json has several import mappings (runway, elevenlabs)'), { data: { mappings: ['runway', 'elevenlabs'] } });
  assert.deepEqual(offeredMappings(error), ['runway', 'elevenlabs']);
  assert.deepEqual(offeredMappings(new Error('no such file')), []);
  assert.deepEqual(offeredMappings({ data: { mappings: 'runway' } }), []);
  assert.deepEqual(offeredMappings(undefined), []);
});

test('a clean import shows the server\'s message as information', () => {
  const answer = {
    ledger: 'file:///films/pier/pier.fountain.usage.csv',
    added: 3,
    cost: 18.5,
    alreadyImported: 2,
    otherProjects: 1,
    problems: [],
    message: 'Added 3 rows from runway.csv to pier.fountain.usage.csv; 2 rows already there, 1 row for other projects.',
  };
  assert.deepEqual(importOutcome(answer), { severity: 'information', message: answer.message, details: [] });
});

test('problems make a warning naming the first, with all of them for the output', () => {
  const problems = ['runway.csv:7: The date "19-11-2026" is not a date.', 'runway.csv:9: The cost "lots" is not an amount.'];
  const outcome = importOutcome({ added: 1, problems, message: 'Added 1 row from runway.csv to pier.fountain.usage.csv; 0 rows already there, 0 rows for other projects; 2 rows could not be read (see problems).' });
  assert.equal(outcome.severity, 'warning');
  assert.equal(
    outcome.message,
    'Added 1 row from runway.csv to pier.fountain.usage.csv; 0 rows already there, 0 rows for other projects; 2 rows could not be read (see problems). runway.csv:7: The date "19-11-2026" is not a date. (and 1 more in the output)',
  );
  assert.deepEqual(outcome.details, problems);
});

test('an answer without a message still says something useful', () => {
  assert.equal(importOutcome({ added: 1 }).message, 'Added 1 row to the usage ledger.');
  assert.match(importOutcome(null).message, /gave no answer/);
});
