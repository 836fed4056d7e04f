// Packages the .vsix with vsce and fails when vsce warns about anything: a marketplace package
// must not need a skip flag or leave a warning behind. Arguments go on to vsce, for example
// `--target linux-x64 --out scenecost-0.1.0-linux-x64.vsix`.
// --no-dependencies: dist/extension.js is a bundle, so node_modules stays out of the package.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', ...process.argv.slice(2)], { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
const warnings = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /\bWARNING\b|^::warning/.test(line));
if (run.status !== 0) {
  process.exit(run.status ?? 1);
}
if (warnings.length > 0) {
  console.error(`vsce warned; fix these before publishing:\n${warnings.join('\n')}`);
  process.exit(1);
}
