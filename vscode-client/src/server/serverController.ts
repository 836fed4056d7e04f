/**
 * Starts, restarts and stops the Scenecost server, and is the one place that talks to it.
 * Java discovery and the command line are pure modules (java/, serverCommand.ts); this class
 * only wires them to VS Code and the language client.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandlerResult,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  State,
} from 'vscode-languageclient/node';
import { CommandIds, ConfigurationSection, LanguageId, FitRequestMethod, ReportChangedMethod, ReportRequestMethod, ShotsRequestMethod } from '../commands/commandIds';
import { findJava } from '../java/findJava';
import { nodeJavaProbe } from '../java/nodeJavaProbe';
import { ExportFormat, reportText } from '../report/exportReport';
import { FitPlanAnswer, isFitPlanAnswer } from '../report/fitTypes';
import { BudgetReport, isBudgetReport, isStatusBarLine, ReportChange, ReportDetail } from '../report/reportTypes';
import { initializationOptions, readSettings, RestartSettings } from '../settings/settings';
import { recordUsageMiddleware } from '../usage/recordUsagePrompt';
import { needsAmounts, RecordUsageCommand } from '../usage/usageArguments';
import { RestartPolicy } from './restartPolicy';
import { archivePath, classDataArguments, isFinishedArchive, isPartOf, isStale } from './classDataArchive';
import { buildServerCommand, splitArguments } from './serverCommand';

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private notStartedBecause: string | undefined;
  private readonly restartPolicy = new RestartPolicy();
  private readonly runningChanged = new vscode.EventEmitter<boolean>();
  private readonly reportChanged = new vscode.EventEmitter<ReportChange>();
  private readonly subscriptions: vscode.Disposable[] = [this.runningChanged, this.reportChanged];

  /** Fires true when the server is ready to answer, false when it stops. */
  readonly onDidChangeRunning = this.runningChanged.event;

  /**
   * Fires when the server analysed a screenplay again: its URI (as the server writes it) and the
   * status bar's line the server sent with it.
   */
  readonly onDidChangeReport = this.reportChanged.event;

  /**
   * @param storageFolder where the class-data archive is kept (the extension's global storage);
   *     undefined: no archive
   */
  constructor(
    private readonly jarPath: string,
    readonly output: vscode.OutputChannel,
    private readonly storageFolder?: string,
  ) {
    this.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => this.offerRestartAfter(event)));
  }

  /** Why the server is not running, in words for the writer; undefined while it runs. */
  get problem(): string | undefined {
    if (this.client?.state === State.Running) {
      return undefined;
    }
    return this.notStartedBecause ?? 'The Scenecost server is not running. Scenecost: Show Output has the details.';
  }

  /** Starts the server; requests made meanwhile wait for it. */
  start(): Promise<void> {
    this.starting = this.startClient().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async startClient(): Promise<void> {
    this.notStartedBecause = undefined;
    const settings = readSettings(scenecostSetting);
    // A platform package (scenecost-VERSION-linux-x64.vsix...) carries its own runtime in jre/,
    // beside server/: see scripts/package-with-runtime.sh.
    const bundledJava = path.join(path.dirname(path.dirname(this.jarPath)), 'jre');
    const java = await findJava(settings.java.home, nodeJavaProbe(), bundledJava);
    if (!java.found) {
      this.notStartedBecause = java.message;
      this.runningChanged.fire(false);
      this.output.appendLine(java.message);
      void vscode.window.showErrorMessage(java.message, 'Open Setting').then((choice) => {
        if (choice) {
          void vscode.commands.executeCommand('workbench.action.openSettings', 'scenecost.java.home');
        }
      });
      return;
    }
    if (!existsSync(this.jarPath)) {
      const message = `This installation of Scenecost is missing its server (${this.jarPath}). Reinstall the extension.`;
      this.notStartedBecause = message;
      this.runningChanged.fire(false);
      this.output.appendLine(message);
      void vscode.window.showErrorMessage(message);
      return;
    }
    const ownOptions = classDataArguments(
      splitArguments(settings.server.vmargs ?? ''),
      ...(await this.classDataArchive(java.runtime.executable, java.runtime.majorVersion)),
      randomBytes(4).toString('hex'),
    );
    const command = buildServerCommand(java.runtime.executable, settings.server.vmargs, this.jarPath, ownOptions);
    this.output.appendLine(`Starting the Scenecost server with Java ${java.runtime.majorVersion} (${java.runtime.source === 'bundled' ? 'bundled with Scenecost' : `from ${java.runtime.source}`}): ${command.command} ${command.args.join(' ')}`);
    const client = new LanguageClient(ConfigurationSection, 'Scenecost', command, this.clientOptions());
    this.client = client;
    client.onDidChangeState((event) => {
      if (event.newState !== State.Starting) {
        this.runningChanged.fire(event.newState === State.Running);
      }
    });
    // The server says when a screenplay's report changed (an edit, scenecost.json, the ledger).
    client.onNotification(ReportChangedMethod, (params: { uri?: unknown; statusBar?: unknown }) => {
      if (typeof params?.uri === 'string') {
        this.reportChanged.fire({ uri: params.uri, statusBar: isStatusBarLine(params.statusBar) ? params.statusBar : undefined });
      }
    });
    try {
      await client.start();
    } catch (error) {
      this.output.appendLine(`The Scenecost server did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * The class-data archive for this jar and Java, and whether it is ready to use: a finished dump
   * left by the previous start is taken into use here. [undefined, false] when there is no storage
   * folder or a file cannot be read (the server then starts without an archive).
   */
  private async classDataArchive(javaExecutable: string, javaMajorVersion: number): Promise<[string | undefined, boolean]> {
    if (!this.storageFolder) {
      return [undefined, false];
    }
    try {
      const [jar, java] = await Promise.all([fs.stat(this.jarPath), fs.stat(javaExecutable)]);
      await fs.mkdir(this.storageFolder, { recursive: true });
      const archive = archivePath(this.storageFolder, {
        jarPath: this.jarPath,
        jarSize: jar.size,
        jarModified: jar.mtimeMs,
        javaExecutable,
        javaModified: java.mtimeMs,
        javaMajorVersion,
      });
      const now = Date.now();
      for (const name of await fs.readdir(this.storageFolder)) {
        const file = path.join(this.storageFolder, name);
        if (!existsSync(archive) && isPartOf(archive, name) && isFinishedArchive(await firstBytes(file, 4))) {
          await fs.rename(file, archive);
        } else if (isStale(archive, name, (await fs.stat(file)).mtimeMs, now)) {
          await fs.rm(file, { force: true });
        }
      }
      if (existsSync(archive)) {
        return [archive, true];
      }
      return [archive, false];
    } catch (error) {
      this.output.appendLine(`Starting without a class-data archive: ${error instanceof Error ? error.message : String(error)}`);
      return [undefined, false];
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client && client.needsStop()) {
      await client.stop();
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    this.restartPolicy.reset();
    await this.start();
  }

  /**
   * The report JSON for a screenplay, or undefined when the server is not running: whole, or with
   * `figures` each scene without its breakdown (what the budget view draws, a tenth of the size).
   */
  async requestReport(uri: vscode.Uri, token?: vscode.CancellationToken, detail: ReportDetail = 'full'): Promise<BudgetReport | undefined> {
    await this.starting;
    const client = this.client;
    if (!client || client.state === State.Stopped) {
      return undefined;
    }
    const params = { uri: client.code2ProtocolConverter.asUri(uri), detail };
    // An undefined token must not be passed on: it would be sent as a second, null parameter.
    const reply: unknown = token
      ? await client.sendRequest(ReportRequestMethod, params, token)
      : await client.sendRequest(ReportRequestMethod, params);
    if (reply === null || reply === undefined) {
      return undefined;
    }
    if (!isBudgetReport(reply)) {
      throw new Error('The Scenecost server sent a report this version of the extension cannot read.');
    }
    return reply;
  }

  /**
   * The report in `format` (csv, md or json), byte for byte what `scenecost report --format F`
   * prints for the screenplay; undefined when the server is not running or has no estimate.
   */
  async requestReportText(uri: vscode.Uri, format: ExportFormat): Promise<string | undefined> {
    return this.requestText(ReportRequestMethod, uri, format);
  }

  /**
   * The shot list of a screenplay in a format the server renders (`csv`, `json` or `table`),
   * byte for byte what `scenecost shots --format F` prints; undefined when the server is not
   * running or does not have the document.
   */
  async requestShotList(uri: vscode.Uri, format: 'csv' | 'json' | 'table'): Promise<string | undefined> {
    return this.requestText(ShotsRequestMethod, uri, format);
  }

  /**
   * The plan that fits the screenplay to its budget (`scenecost/fit`); undefined when the server
   * is not running, does not have the document, or the film has no budget.
   */
  async requestFitPlan(uri: vscode.Uri): Promise<FitPlanAnswer | undefined> {
    await this.starting;
    const client = this.client;
    if (!client || client.state === State.Stopped) {
      return undefined;
    }
    const reply: unknown = await client.sendRequest(FitRequestMethod, { uri: client.code2ProtocolConverter.asUri(uri) });
    if (reply === null || reply === undefined) {
      return undefined;
    }
    if (!isFitPlanAnswer(reply)) {
      throw new Error('The Scenecost server sent a plan this version of the extension cannot read.');
    }
    return reply;
  }

  /**
   * Applies a workspace edit the server wrote (the plan's), as one undoable edit; false when the
   * editor refused it, for instance because the document changed since the plan was made.
   */
  async applyServerEdit(edit: unknown): Promise<boolean> {
    const client = this.client;
    if (!client || typeof edit !== 'object' || edit === null) {
      return false;
    }
    // The converted edit forgets the versions the server planned on: check them here, so a plan
    // made for older text is refused rather than written into the wrong lines.
    const changes: unknown = (edit as { documentChanges?: unknown }).documentChanges;
    for (const change of Array.isArray(changes) ? changes : []) {
      const target = (change as { textDocument?: { uri?: unknown; version?: unknown } }).textDocument;
      if (target && typeof target.uri === 'string' && typeof target.version === 'number') {
        const uri = client.protocol2CodeConverter.asUri(target.uri).toString();
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
        if (!open || open.version !== target.version) {
          return false;
        }
      }
    }
    const converted = await client.protocol2CodeConverter.asWorkspaceEdit(edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]);
    return converted ? vscode.workspace.applyEdit(converted) : false;
  }

  /** The URI of a screenplay as the server writes it, to match its notifications. */
  protocolUri(uri: vscode.Uri): string | undefined {
    return this.client?.code2ProtocolConverter.asUri(uri);
  }

  /** A request answered `{text}` when given a format, as `scenecost/report` and `scenecost/shots` are. */
  private async requestText(method: string, uri: vscode.Uri, format: string): Promise<string | undefined> {
    await this.starting;
    const client = this.client;
    if (!client || client.state === State.Stopped) {
      return undefined;
    }
    const reply: unknown = await client.sendRequest(method, { uri: client.code2ProtocolConverter.asUri(uri), format });
    if (reply === null || reply === undefined) {
      return undefined;
    }
    const text = reportText(reply);
    if (text === undefined) {
      throw new Error('The Scenecost server sent an answer this version of the extension cannot read.');
    }
    return text;
  }

  /** Runs one of the server's `workspace/executeCommand` commands; undefined when it is not running. */
  async executeServerCommand(command: string, args: unknown[]): Promise<unknown> {
    await this.starting;
    const client = this.client;
    if (!client || client.state !== State.Running) {
      return undefined;
    }
    const reply: unknown = await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
    return reply ?? null;
  }

  dispose(): void {
    void this.stop();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: [{ language: LanguageId }],
      outputChannel: this.output,
      initializationOptions: () => initializationOptions(readSettings(scenecostSetting)),
      // No file watcher here: the server registers its own for scenecost.json and the ledgers.
      synchronize: { configurationSection: ConfigurationSection },
      middleware: {
        // The server's "Record usage…" action arrives without amounts: ask the writer first.
        executeCommand: (command, args, next) =>
          command === RecordUsageCommand && needsAmounts(args)
            ? recordUsageMiddleware(args[0], (filled) => Promise.resolve(next(command, [filled])))
            : next(command, args),
      },
      errorHandler: {
        error: (_error, _message, count): ErrorHandlerResult =>
          (count ?? 0) <= 3 ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown },
        closed: (): CloseHandlerResult => this.onServerClosed(),
      },
    };
  }

  private onServerClosed(): CloseHandlerResult {
    if (this.restartPolicy.recordCrash()) {
      return {
        action: CloseAction.Restart,
        message: `The Scenecost server stopped unexpectedly; starting it again (${this.restartPolicy.recentCrashes} of ${this.restartPolicy.maxRestarts} restarts allowed in 3 minutes).`,
        handled: true,
      };
    }
    const message = `The Scenecost server stopped ${this.restartPolicy.recentCrashes} times in 3 minutes, so it stays off: costs, hovers and the budget view are unavailable. The output has the details.`;
    this.notStartedBecause = `${message} Scenecost: Restart Server tries again.`;
    void vscode.window.showErrorMessage(message, 'Show Output', 'Restart Server').then((choice) => {
      if (choice === 'Show Output') {
        this.output.show();
      } else if (choice === 'Restart Server') {
        void vscode.commands.executeCommand(CommandIds.restartServer);
      }
    });
    return { action: CloseAction.DoNotRestart, message, handled: true };
  }

  private offerRestartAfter(event: vscode.ConfigurationChangeEvent): void {
    if (!RestartSettings.some((setting) => event.affectsConfiguration(setting))) {
      return;
    }
    void vscode.window
      .showInformationMessage('The Java settings of Scenecost changed. Restart the server to use them?', 'Restart Server')
      .then((choice) => {
        if (choice) {
          void vscode.commands.executeCommand(CommandIds.restartServer);
        }
      });
  }
}

function scenecostSetting(key: string): unknown {
  return vscode.workspace.getConfiguration(ConfigurationSection).get(key);
}

/** The file's first bytes (fewer if it is shorter). */
async function firstBytes(file: string, count: number): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
