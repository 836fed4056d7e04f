// Copies what the extension ships but does not own: the server jar (built by the server module),
// the repository's LICENSE and the TextMate grammar (grammars/). A missing file stops the build with the fix to apply.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const client = join(dirname(fileURLToPath(import.meta.url)), '..');
const repository = join(client, '..');

const assets = [
  {
    from: join(repository, 'server', 'target', 'scenecost.jar'),
    to: join(client, 'server', 'scenecost.jar'),
    fix: 'build the server first: mvn -B -pl server -am package -DskipTests',
  },
  {
    from: join(repository, 'LICENSE'),
    to: join(client, 'LICENSE'),
    fix: 'the licence lives at the root of the repository',
  },
  {
    from: join(repository, 'grammars', 'fountain.tmLanguage.json'),
    to: join(client, 'syntaxes', 'fountain.tmLanguage.json'),
    fix: 'the grammar lives in grammars/ of the repository',
  },
];

let missing = 0;
for (const asset of assets) {
  if (!existsSync(asset.from)) {
    console.error(`Missing ${relative(repository, asset.from)}: ${asset.fix}.`);
    missing++;
    continue;
  }
  mkdirSync(dirname(asset.to), { recursive: true });
  copyFileSync(asset.from, asset.to);
  console.log(`Copied ${relative(repository, asset.from)} to ${relative(repository, asset.to)}`);
}
process.exit(missing === 0 ? 0 : 1);
