// ThirdPartyNotices.txt for the .vsix, generated from the dependencies' own metadata:
// - the npm packages esbuild put into dist/extension.js (from its metafile, so exactly what is
//   shipped), each with the licence named in its package.json and its LICENSE file verbatim;
// - the Java libraries shaded into the server jar, as listed by license-maven-plugin
//   (server/target/generated-sources/license/THIRD-PARTY.txt, built by `mvn package`).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const client = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverList = join(client, '..', 'server', 'target', 'generated-sources', 'license', 'THIRD-PARTY.txt');
export const noticesFile = join(client, 'ThirdPartyNotices.txt');

/** The package folders (node_modules/name or node_modules/@scope/name) behind the bundle's inputs. */
export function bundledPackageFolders(metafile) {
  const folders = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'));
    if (match) folders.add(match[1]);
  }
  return [...folders].sort();
}

function licenceText(folder) {
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(join(folder, file), 'utf8').trim() : undefined;
}

export function writeThirdPartyNotices(metafile) {
  const sections = [];
  const problems = [];
  for (const folder of bundledPackageFolders(metafile)) {
    const manifest = JSON.parse(readFileSync(join(client, folder, 'package.json'), 'utf8'));
    const licence = typeof manifest.license === 'string' ? manifest.license : manifest.license?.type;
    const text = licenceText(join(client, folder));
    if (!licence || !text) problems.push(`${manifest.name}@${manifest.version} has no ${licence ? 'LICENSE file' : 'licence in its package.json'}`);
    const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    sections.push([`${manifest.name} ${manifest.version} (${licence ?? 'unknown licence'})`, repository ?? '', '', text ?? ''].join('\n').trim());
  }
  if (problems.length > 0) {
    throw new Error(`Cannot write the third-party notices: ${problems.join('; ')}.`);
  }
  if (!existsSync(serverList)) {
    throw new Error(`Missing ${serverList}: build the server first (mvn -pl server -am package -DskipTests).`);
  }
  const rule = '-'.repeat(78);
  const text = [
    'Scenecost for VS Code includes the following third-party software.',
    '',
    '=== In dist/extension.js (npm packages) ===',
    '',
    sections.join(`\n\n${rule}\n\n`),
    '',
    '=== In server/scenecost.jar (Java libraries, with their licences as their POMs declare them) ===',
    readFileSync(serverList, 'utf8').trimEnd(),
    '',
    'Licence texts: Apache-2.0 https://www.apache.org/licenses/LICENSE-2.0.txt,',
    'EPL-2.0 https://www.eclipse.org/legal/epl-2.0/ (LSP4J source: https://github.com/eclipse-lsp4j/lsp4j),',
    'MIT https://opensource.org/license/mit.',
    '',
  ].join('\n');
  writeFileSync(noticesFile, text);
}
