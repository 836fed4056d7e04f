// Cold start to first diagnostics: the time from spawning the server, as the extension does
// (`java -Xmx512m -XX:+UseSerialGC -jar server/scenecost.jar lsp`), to the first
// textDocument/publishDiagnostics for the example screenplay, after initialize and didOpen.
// Each run is a new JVM. Figures go to docs/performance.md ("Cold start").
//
//   node --import tsx e2e/coldstart.mjs [RUNS] [JAVA...]
//
// Without JAVA arguments it measures the bundled runtime (jre/, made by
// scripts/package-with-runtime.sh), the same runtime without its CDS archive (-Xshare:off), and
// the java on the PATH.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { LspSession } from '../test/support/lspSession.ts';
import { DefaultSettings, initializationOptions } from '../src/settings/settings.ts';
import { splitArguments } from '../src/server/serverCommand.ts';

const client = join(dirname(fileURLToPath(import.meta.url)), '..');
const jar = join(client, 'server', 'scenecost.jar');
const example = join(client, '..', 'examples', 'the-last-reel.fountain');
const uri = pathToFileURL(example).toString();
const text = readFileSync(example, 'utf8');
const runs = Number(process.argv[2] ?? 7);
const vmargs = splitArguments(DefaultSettings.server.vmargs);

const bundled = join(client, 'jre', 'bin', 'java');
const pathJava = execFileSync('bash', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
const variants = process.argv.length > 3
  ? process.argv.slice(3).map((java) => ({ name: java, java, extra: [] }))
  : [
      { name: 'bundled runtime (jlink, CDS archive)', java: bundled, extra: [] },
      { name: 'bundled runtime, CDS off (-Xshare:off)', java: bundled, extra: ['-Xshare:off'] },
      { name: `java on the PATH (${pathJava})`, java: pathJava, extra: [] },
    ];

async function once(java, extra) {
  const started = process.hrtime.bigint();
  const session = LspSession.start(java, [...extra, ...vmargs, '-jar', jar, 'lsp']);
  try {
    await session.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dirname(example)).toString(),
      workspaceFolders: null,
      capabilities: { textDocument: { publishDiagnostics: {} } },
      initializationOptions: initializationOptions(DefaultSettings),
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'fountain', version: 1, text },
    });
    await session.diagnosticsFor(uri, () => true, 60_000);
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    session.kill();
    await session.exited;
  }
}

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`${runs} cold starts each, ${new Date().toISOString()}, load average ${load}`);
for (const { name, java, extra } of variants) {
  if (!existsSync(java)) {
    console.log(`${name}: ${java} is missing`);
    continue;
  }
  await once(java, extra); // warms the file cache, not the JVM: every run is a new process
  const times = [];
  for (let run = 0; run < runs; run++) times.push(await once(java, extra));
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${name}: median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`);
}
