// Bundles the extension into one CommonJS file, so the .vsix ships without node_modules, and
// writes the notices of the npm packages that went into the bundle (scripts/notices.mjs).
import { build } from 'esbuild';
import { writeThirdPartyNotices } from './notices.mjs';

const result = await build({
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  metafile: true,
  logLevel: 'warning',
});
writeThirdPartyNotices(result.metafile);
