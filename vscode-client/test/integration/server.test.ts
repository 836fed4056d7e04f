/**
 * The packaged server (server/scenecost.jar, copied in by `npm run assets`) on the example
 * screenplay, over stdio, as VS Code talks to it. Needs Java 17+, found as the extension finds it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeLens,
  CodeLensRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidChangeConfigurationNotification,
  ExitNotification,
  Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  MarkupContent,
  ShutdownRequest,
  TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';
import { ReportChangedMethod, ReportRequestMethod } from '../../src/commands/commandIds';
import { findJava } from '../../src/java/findJava';
import { nodeJavaProbe } from '../../src/java/nodeJavaProbe';
import { ExportFormats, reportText } from '../../src/report/exportReport';
import { isStatusBarLine } from '../../src/report/reportTypes';
import type { BudgetReport, SceneReport } from '../../src/report/reportTypes';

/** What `scenecost/reportChanged` carries. */
interface ReportChangeParams {
  uri: string;
  version: number;
  statusBar?: unknown;
}
import { buildServerCommand } from '../../src/server/serverCommand';
import { DefaultSettings, initializationOptions, ScenecostSettings } from '../../src/settings/settings';
import { LspSession } from '../support/lspSession';
import { sceneHeadingLines } from '../support/sceneHeadings';

const client = path.join(__dirname, '..', '..');
const jar = path.join(client, 'server', 'scenecost.jar');
const examplePath = path.join(client, '..', 'examples', 'the-last-reel.fountain');
const exampleUri = pathToFileURL(examplePath).toString();
const exampleText = readFileSync(examplePath, 'utf8');
const headingLines = sceneHeadingLines(exampleText);
// The title page's `Budget: $1,500` and `Contingency: 25%` lines, read independently of the server.
const titlePageBudget = Number(/^Budget:\s*\$([\d,.]+)/m.exec(exampleText)?.[1]?.replace(/,/g, ''));
const titlePageContingency = Number(/^Contingency:\s*([\d.]+)%/m.exec(exampleText)?.[1]);
// The editor's budget defaults: a title page's own lines win over them.
const startSettings: ScenecostSettings = { ...DefaultSettings, budget: { ...DefaultSettings.budget, amount: 750 } };
// A screenplay without a title page, which takes its budget from the settings.
const bareUri = pathToFileURL(path.join(os.tmpdir(), 'scenecost-integration', 'no-title-page.fountain')).toString();
const bareText = 'INT. WORKSHOP - DAY\n\nJune threads the projector by the light of a single bulb.\n';

describe('the packaged server over stdio', { timeout: 120_000 }, () => {
  let session: LspSession;
  let initializeResult: InitializeResult;
  let javaExecutable: string;
  const reportChanges: ReportChangeParams[] = [];

  before(async () => {
    assert.ok(existsSync(jar), `${jar} is missing: build the server and run \`npm run assets\` first.`);
    const java = await findJava(process.env['SCENECOST_JAVA_HOME'], nodeJavaProbe());
    assert.ok(java.found, java.found ? '' : java.message);
    javaExecutable = java.runtime.executable;
    const command = buildServerCommand(java.runtime.executable, DefaultSettings.server.vmargs, jar);
    session = LspSession.start(command.command, command.args);
    session.connection.onNotification(ReportChangedMethod, (params: ReportChangeParams) => reportChanges.push(params));
    initializeResult = await session.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(path.dirname(examplePath)).toString(),
      workspaceFolders: null,
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeLens: {},
          publishDiagnostics: { relatedInformation: true },
        },
      },
      initializationOptions: initializationOptions(startSettings),
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: exampleUri, languageId: 'fountain', version: 1, text: exampleText },
    });
  });

  after(async () => {
    session?.kill();
  });

  it('initializes with incremental sync, code lens and hover', () => {
    const capabilities = initializeResult.capabilities;
    const sync = capabilities.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, TextDocumentSyncKind.Incremental);
    assert.ok(capabilities.codeLensProvider, 'code lens provider');
    assert.ok(capabilities.hoverProvider, 'hover provider');
  });

  it('reports the example as the title page describes it', async () => {
    const report = await requestReport(exampleUri);
    assert.equal(report.schemaVersion, 2);
    assert.equal(report.title, 'THE LAST REEL');
    assert.equal(report.film.budget, titlePageBudget);
    assert.equal(report.film.contingencyPercent, titlePageContingency);
    assert.deepEqual(
      report.scenes.map((scene) => scene.headingRange?.start.line),
      headingLines,
      'one scene per heading, in order (the heading inside the boneyard is not a scene)',
    );
    // Scene estimates add up to the film's (each is rounded to the cent, so allow a cent each).
    const sum = report.scenes.reduce((total, scene) => total + (scene.cost ?? 0), 0);
    assert.ok(Math.abs(sum - (report.film.cost ?? Number.NaN)) <= 0.01 * report.scenes.length, `scenes add up to ${sum}, film says ${report.film.cost}`);
    // With contingency = estimate × (1 + contingency / 100).
    const withContingency = (report.film.cost ?? 0) * (1 + titlePageContingency / 100);
    assert.ok(Math.abs((report.film.costWithContingency ?? Number.NaN) - withContingency) <= 0.01);
    assert.equal(report.film.fits, (report.film.costWithContingency ?? 0) <= titlePageBudget);
  });

  it('says when a screenplay\'s report changed, so the client needs no timer of its own', async () => {
    const report = await requestReport(exampleUri);
    const change = reportChanges.find((candidate) => candidate.uri === exampleUri && candidate.version === 1);
    assert.ok(change, `a scenecost/reportChanged for ${exampleUri} v1; got ${JSON.stringify(reportChanges)}`);
    // It carries the status bar's line, so the status bar needs no report of its own.
    assert.ok(isStatusBarLine(change.statusBar), JSON.stringify(change));
    assert.deepEqual(change.statusBar, report.film.display?.statusBar);
  });

  it('sends the budget view each scene\'s figures and display strings without its breakdown, a fraction of the JSON', async () => {
    const whole = await requestReport(exampleUri);
    const figures = await session.connection.sendRequest<BudgetReport>(ReportRequestMethod, { uri: exampleUri, detail: 'figures' });
    assert.equal(figures.detail, 'figures');
    assert.deepEqual(figures.film, whole.film);
    assert.equal(figures.scenes.length, whole.scenes.length);
    const figureFields: (keyof SceneReport)[] = ['index', 'label', 'heading', 'headingRange', 'range', 'tier', 'tokens', 'cost', 'allocation', 'status', 'overBy', 'display'];
    figures.scenes.forEach((scene, position) => {
      for (const field of figureFields) {
        assert.deepEqual(scene[field], whole.scenes[position][field], `scene ${scene.index}: ${field}`);
      }
      assert.equal((scene as unknown as Record<string, unknown>).chunks, undefined, 'no chunks');
    });
    assert.ok(JSON.stringify(figures).length * 3 < JSON.stringify(whole).length, 'a third of the JSON or less');
  });

  // Before any edit: the document is the file the command line reads.
  it('exports byte for byte what `scenecost report --format` prints', async () => {
    for (const format of ExportFormats.map((entry) => entry.format)) {
      const answer = await session.connection.sendRequest<unknown>(ReportRequestMethod, { uri: exampleUri, format });
      const cli = spawnSync(javaExecutable, ['-jar', jar, 'report', examplePath, '--format', format], { encoding: 'utf8' });
      assert.ok(cli.status === 0 || cli.status === 1, `scenecost report --format ${format}: ${cli.stderr}`);
      assert.equal(reportText(answer), cli.stdout, format);
    }
  });

  it('publishes scenecost diagnostics that agree with the report', async () => {
    const published = await session.diagnosticsFor(exampleUri);
    const report = await requestReport(exampleUri);
    for (const diagnostic of published.diagnostics) {
      assert.equal(diagnostic.source, 'scenecost');
      assert.equal(typeof diagnostic.code, 'string', `a stable code on "${diagnostic.message}"`);
    }
    const warnedLines = new Set(published.diagnostics.map((diagnostic) => diagnostic.range.start.line));
    for (const scene of report.scenes.filter((candidate) => candidate.status === 'over' || candidate.status === 'exhausted')) {
      assert.ok(warnedLines.has(scene.headingRange!.start.line), `scene ${scene.number ?? scene.index} is ${scene.status}: its heading needs a diagnostic`);
    }
    if (report.film.fits === false) {
      assert.ok(published.diagnostics.some((diagnostic) => diagnostic.severity === 1), 'an over-budget film is an error');
    }
  });

  it('puts a code lens with a cost on every scene heading and the film total on the title page', async () => {
    const lenses: CodeLens[] = (await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: exampleUri } })) ?? [];
    const lensLines = lenses.map((lens) => lens.range.start.line);
    assert.ok(lensLines.includes(0), 'the film total sits on the first title page line');
    for (const line of headingLines) {
      const lens = lenses.find((candidate) => candidate.range.start.line === line);
      assert.ok(lens?.command, `a lens on the heading at line ${line + 1}`);
      assert.match(lens.command.title, /\$\d[\d,]*(\.\d\d)?/, 'the lens shows a cost');
      assert.match(lens.command.title, /tokens/);
    }
    assert.equal(lenses.length, headingLines.length + 1);
  });

  it('explains a scene heading on hover', async () => {
    const firstHeading = headingLines[0]!;
    const hover: Hover | null = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: exampleUri },
      position: { line: firstHeading, character: 5 },
    });
    assert.ok(hover, 'a hover on the first scene heading');
    const markdown = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(markdown, /MAIN STREET/);
    assert.match(markdown, /\$\d/);
    assert.match(markdown, /background/, 'the scene is marked [[tier: background]]');
  });

  it('re-estimates after an incremental edit', async () => {
    const before = await requestReport(exampleUri);
    const lines = exampleText.split('\n');
    const end = { line: lines.length - 1, character: lines.at(-1)!.length };
    session.forgetDiagnostics();
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: exampleUri, version: 2 },
      contentChanges: [{ range: { start: end, end }, text: '\n\nEXT. RIDGE - NIGHT\n\nSnow falls on the empty road.\n' }],
    });
    await session.diagnosticsFor(exampleUri);
    const afterEdit = await requestReport(exampleUri);
    assert.equal(afterEdit.scenes.length, before.scenes.length + 1);
    assert.equal(afterEdit.scenes.at(-1)?.heading, 'EXT. RIDGE - NIGHT');
    assert.ok((afterEdit.film.cost ?? 0) > (before.film.cost ?? 0), 'a new scene costs something');
  });

  it('reads the budget defaults from the settings the extension sends, at start and on change', async () => {
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: bareUri, languageId: 'fountain', version: 1, text: bareText },
    });
    const atStart = await requestReport(bareUri);
    assert.equal(atStart.film.budget, 750, 'scenecost.budget.amount from the initialization options');
    assert.equal(atStart.film.contingencyPercent, 25, 'the built-in contingency while the setting is empty');

    const changed: ScenecostSettings = { ...DefaultSettings, display: 'off', budget: { ...DefaultSettings.budget, amount: 500, contingencyPercent: 10 } };
    // The shape vscode-languageclient sends for configurationSection 'scenecost'.
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { scenecost: changed } });
    const afterChange = await requestReport(bareUri);
    assert.equal(afterChange.film.budget, 500);
    assert.equal(afterChange.film.contingencyPercent, 10);
    // 10% on top: costWithContingency = cost × 1.1.
    assert.ok(Math.abs((afterChange.film.costWithContingency ?? Number.NaN) - (afterChange.film.cost ?? 0) * 1.1) <= 0.01);
    const example = await requestReport(exampleUri);
    assert.equal(example.film.budget, titlePageBudget, 'the title page still wins over the setting');
    const lenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: exampleUri } });
    assert.deepEqual(lenses ?? [], [], 'scenecost.display "off" removes the lenses');
  });

  it('answers null, promptly, for a screenplay it does not have open', async () => {
    // vscode-jsonrpc never settles a response that has neither result nor error: race a timer.
    const nowhere = pathToFileURL(path.join(os.tmpdir(), 'scenecost-integration', 'never-opened.fountain')).toString();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('no answer within 10 seconds'), 10_000)));
    const answer = await Promise.race([session.connection.sendRequest<unknown>(ReportRequestMethod, { uri: nowhere }), timeout]);
    clearTimeout(timer);
    assert.equal(answer, null);
  });

  it('shuts down cleanly and never wrote anything but protocol to stdout', async () => {
    await session.connection.sendRequest(ShutdownRequest.type);
    await session.connection.sendNotification(ExitNotification.type);
    assert.equal(await session.exited, 0);
    assert.deepEqual(session.errors, []);
  });

  async function requestReport(uri: string): Promise<BudgetReport> {
    const report = await session.connection.sendRequest<BudgetReport>(ReportRequestMethod, { uri }).catch((error: Error) => {
      throw new Error(`${ReportRequestMethod} failed: ${error.message}. Server log:\n${session.log}`);
    });
    assert.ok(report && Array.isArray(report.scenes), `a report for ${uri}. Server log:\n${session.log}`);
    return report;
  }
});
