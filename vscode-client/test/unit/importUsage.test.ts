import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { configCandidates, importOutcome, importUsageArguments, mappingNames } from '../../src/usage/importUsage';

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

test('scenecost.json is looked for from the screenplay\'s folder up to the workspace folder', () => {
  const root = path.join(path.sep, 'films');
  const file = path.join(root, 'pier', 'drafts', 'pier.fountain');
  assert.deepEqual(configCandidates(file, root), [
    path.join(root, 'pier', 'drafts', 'scenecost.json'),
    path.join(root, 'pier', 'scenecost.json'),
    path.join(root, 'scenecost.json'),
  ]);
  // Outside every workspace: up to the file system's root.
  assert.equal(configCandidates(file, undefined).at(-1), path.join(path.sep, 'scenecost.json'));
});

test('mapping names come from usage.imports in the file\'s order', () => {
  const config = JSON.stringify({ usage: { imports: { runway: { date: 'Date' }, elevenlabs: { date: 'date' } } } });
  assert.deepEqual(mappingNames(config), ['runway', 'elevenlabs']);
  assert.deepEqual(mappingNames('{"usage": {}}'), []);
  assert.deepEqual(mappingNames('{"usage": {"imports": ["runway"]}}'), []);
  assert.deepEqual(mappingNames('{ not json'), [], 'the server reports a broken file with its line');
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
