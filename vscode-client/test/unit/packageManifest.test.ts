import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** The server's legend, read from its source so a new token type cannot be forgotten here. */
function serverLegend(name: 'TOKEN_TYPES' | 'TOKEN_MODIFIERS'): string[] {
  const source = readFileSync(path.join(root, '..', 'server', 'src', 'main', 'java', 'dev', 'scenecost', 'lsp', 'services', 'SemanticTokensProvider.java'), 'utf8');
  const list = new RegExp(`${name}\\s*=\\s*List\\.of\\(([^)]*)\\)`).exec(source)?.[1];
  assert.ok(list, `${name} not found in SemanticTokensProvider.java`);
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
}

test('every semantic token type and modifier of the server is declared, with TextMate scopes for fountain', () => {
  const types = serverLegend('TOKEN_TYPES');
  assert.ok(types.includes('sceneHeading') && types.length >= 10, `the legend was not read: ${types.join(', ')}`);
  const declared = manifest.contributes.semanticTokenTypes.map((type: { id: string }) => type.id);
  assert.deepEqual([...declared].sort(), [...types].sort());
  const modifiers = manifest.contributes.semanticTokenModifiers.map((modifier: { id: string }) => modifier.id);
  assert.deepEqual([...modifiers].sort(), [...serverLegend('TOKEN_MODIFIERS')].sort());

  const fountainScopes = manifest.contributes.semanticTokenScopes.find((entry: { language: string }) => entry.language === 'fountain')?.scopes as Record<string, string[]>;
  assert.ok(fountainScopes, 'semanticTokenScopes needs an entry for the fountain language');
  for (const type of types) {
    assert.ok(fountainScopes[type]?.length, `${type} needs TextMate scopes so themes colour it as the grammar does`);
  }
});

test('the scopes semantic tokens map to are scopes the Fountain grammar really uses', () => {
  const grammar = readFileSync(path.join(root, '..', 'grammars', 'fountain.tmLanguage.json'), 'utf8');
  const used = new Set([...grammar.matchAll(/"name":\s*"([^"]+)"/g)].flatMap((match) => match[1]!.split(' ')));
  const fountainScopes = manifest.contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
  for (const [selector, probes] of Object.entries(fountainScopes)) {
    for (const scope of probes.flatMap((probe) => probe.split(' '))) {
      assert.ok(used.has(scope), `${selector} maps to ${scope}, which the grammar never assigns`);
    }
  }
});

test('the manifest has what the Marketplace and Open VSX ask for', () => {
  assert.equal(manifest.license, 'Apache-2.0');
  assert.match(manifest.repository.url, /^https:\/\/github\.com\/.+\.git$/);
  assert.ok(manifest.homepage && manifest.bugs.url, 'homepage and bugs');
  assert.deepEqual(Object.keys(manifest.galleryBanner).sort(), ['color', 'theme']);
  const icon = readFileSync(path.join(root, manifest.icon));
  // A PNG's IHDR chunk holds its width and height right after the 16-byte signature and header.
  assert.equal(icon.toString('latin1', 1, 4), 'PNG');
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
  assert.ok(manifest.categories.length > 0 && manifest.keywords.length > 0);
  assert.doesNotMatch(manifest.scripts.package, /--skip-license|--allow-missing-repository|--allow-star-activation/);
});

test('vsce ls lists the licence, the notices, the icon and the changelog', () => {
  const vsce = createRequire(__filename).resolve('@vscode/vsce/vsce');
  const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  const files = listed.stdout.trim().split('\n');
  for (const file of ['LICENSE', 'ThirdPartyNotices.txt', 'images/icon.png', 'CHANGELOG.md', 'README.md', 'server/scenecost.jar', 'dist/extension.js']) {
    assert.ok(files.includes(file), `${file} is not packaged: ${files.join(', ')}`);
  }
  const notices = readFileSync(path.join(root, 'ThirdPartyNotices.txt'), 'utf8');
  assert.match(notices, /vscode-languageclient \d+\.\d+\.\d+ \(MIT\)/);
  assert.match(notices, /\(EPL-2\.0\) LSP4J \(org\.eclipse\.lsp4j:org\.eclipse\.lsp4j:/);
});

test('the platform packages ship the universal package\'s files plus the Java runtime in jre/', () => {
  const patterns = (file: string) =>
    readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
  assert.deepEqual(patterns('runtime.vscodeignore'), [...patterns('.vscodeignore'), '!jre/**']);
});

test('the first-run walkthrough covers budget, hero, hover, budget view and real cost, and its pages are packaged', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  assert.deepEqual(
    walkthrough.steps.map((step: { id: string }) => step.id),
    ['budget', 'hero', 'hover', 'budgetView', 'actualCost'],
  );
  const packaged = readFileSync(path.join(root, '.vscodeignore'), 'utf8');
  for (const step of walkthrough.steps) {
    const page = readFileSync(path.join(root, step.media.markdown), 'utf8');
    assert.ok(page.startsWith('# '), `${step.media.markdown} has a title`);
    assert.match(packaged, /^!walkthrough\/\*\.md$/m);
    for (const [, command] of (step.description as string).matchAll(/\(command:([\w.]+)\)/g)) {
      const ours = command!.startsWith('scenecost.');
      assert.ok(!ours || (Object.values(CommandIds) as string[]).includes(command!), `${step.id} links to ${command}, which Scenecost does not register`);
    }
  }
});
