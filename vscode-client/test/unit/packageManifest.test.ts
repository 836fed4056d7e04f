import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { CommandIds } from '../../src/commands/commandIds';
import { DefaultSettings } from '../../src/settings/settings';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

test('package.json contributes exactly the commands the code registers, under "Scenecost"', () => {
  const contributed = manifest.contributes.commands.map((command: { command: string }) => command.command).sort();
  assert.deepEqual(contributed, Object.values(CommandIds).sort());
  for (const command of manifest.contributes.commands) {
    assert.equal(command.category, 'Scenecost');
  }
});

test('every setting the code reads is contributed with a description and the same default', () => {
  const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; description?: string; markdownDescription?: string }>;
  const flatten = (value: object, prefix: string): Array<[string, unknown]> =>
    Object.entries(value).flatMap(([key, child]) =>
      child !== null && typeof child === 'object' ? flatten(child, `${prefix}${key}.`) : [[`${prefix}${key}`, child] as [string, unknown]],
    );
  const expected = flatten(DefaultSettings, 'scenecost.');
  assert.deepEqual(Object.keys(properties).sort(), expected.map(([key]) => key).sort());
  for (const [key, value] of expected) {
    assert.deepEqual(properties[key]!.default, value, key);
    assert.ok(properties[key]!.description ?? properties[key]!.markdownDescription, `${key} needs a description`);
  }
});

test('the extension version is the Maven version without -SNAPSHOT', () => {
  const pom = readFileSync(path.join(root, 'pom.xml'), 'utf8');
  const parentVersion = /<parent>[\s\S]*?<version>([^<]+)<\/version>/.exec(pom)?.[1];
  assert.equal(manifest.version, parentVersion?.replace(/-SNAPSHOT$/, ''));
});

test('.fountain and .spmd open as the fountain language, highlighted by text.fountain', () => {
  assert.deepEqual(manifest.contributes.languages[0].extensions, ['.fountain', '.spmd']);
  assert.equal(manifest.contributes.languages[0].id, 'fountain');
  assert.deepEqual(manifest.contributes.grammars[0], { language: 'fountain', scopeName: 'text.fountain', path: './syntaxes/fountain.tmLanguage.json' });
});
