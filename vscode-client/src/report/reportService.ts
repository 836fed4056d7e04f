/**
 * Keeps the report of the screenplay the writer is working on: asks the server again when the
 * writer switches screenplays, a little after they stop typing, and when the server (re)starts.
 * The status bar and the budget view listen to it.
 */
import * as vscode from 'vscode';
import { LanguageId } from '../commands/commandIds';
import type { ServerController } from '../server/serverController';
import type { BudgetReport } from './reportTypes';

export interface ReportUpdate {
  readonly uri: vscode.Uri;
  readonly report: BudgetReport | undefined;
  /** Why there is no report, in words for the writer. */
  readonly problem?: string;
}

const TypingPauseMs = 300;
const AnswerTimeoutMs = 20_000;

export class ReportService implements vscode.Disposable {
  private readonly updated = new vscode.EventEmitter<ReportUpdate>();
  private readonly subscriptions: vscode.Disposable[] = [this.updated];
  private screenplayUri: vscode.Uri | undefined;
  private latestUpdate: ReportUpdate | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private requestNumber = 0;

  readonly onDidUpdate = this.updated.event;

  constructor(private readonly server: ServerController) {
    this.followEditor(vscode.window.activeTextEditor);
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.screenplayUri?.toString() === event.document.uri.toString() && event.contentChanges.length > 0) {
          this.refreshSoon();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.screenplayUri?.toString() === document.uri.toString()) {
          this.screenplayUri = undefined;
        }
      }),
      // Settings and scenecost.json change the estimate without touching the screenplay.
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('scenecost') && this.refreshSoon()),
      vscode.workspace.onDidSaveTextDocument((document) => document.uri.path.endsWith('/scenecost.json') && this.refreshSoon()),
      // Recorded or imported usage, or a ledger edited by hand, changes the spend and the forecast.
      ...this.watchLedgers(),
      server.onDidChangeRunning((running) => (running ? this.refreshSoon() : this.publishProblem())),
    );
  }

  /** The screenplay shown last: it stays the subject while the budget view has the focus. */
  get screenplay(): vscode.Uri | undefined {
    return this.screenplayUri;
  }

  get latest(): ReportUpdate | undefined {
    return this.latestUpdate;
  }

  /** Asks the server now; the answer is also published to the listeners. */
  async refresh(): Promise<ReportUpdate | undefined> {
    clearTimeout(this.pending);
    const uri = this.screenplayUri;
    if (!uri) {
      return undefined;
    }
    const number = ++this.requestNumber;
    let update: ReportUpdate;
    const cancellation = new vscode.CancellationTokenSource();
    let timeout: ReturnType<typeof setTimeout> | undefined;
    // Cancelling tells the server to stop, but does not end the wait: the race does.
    const timedOut = new Promise<never>((_, reject) => {
      timeout = setTimeout(() => {
        cancellation.cancel();
        reject(new Error('no answer'));
      }, AnswerTimeoutMs);
    });
    try {
      const report = await Promise.race([this.server.requestReport(uri, cancellation.token), timedOut]);
      update = report ? { uri, report } : { uri, report: undefined, problem: this.server.problem ?? 'No estimate yet.' };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const problem = cancellation.token.isCancellationRequested
        ? `The Scenecost server did not answer within ${AnswerTimeoutMs / 1000} seconds. Scenecost: Show Output has the details.`
        : `The budget could not be computed: ${reason}`;
      update = { uri, report: undefined, problem };
    } finally {
      clearTimeout(timeout);
      cancellation.dispose();
    }
    // A slow answer to an older edit must not overwrite a newer one.
    if (number === this.requestNumber) {
      this.publish(update);
    }
    return update;
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  private followEditor(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId !== LanguageId) {
      return;
    }
    if (this.screenplayUri?.toString() !== editor.document.uri.toString()) {
      this.screenplayUri = editor.document.uri;
      void this.refresh();
    }
  }

  private watchLedgers(): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.usage.csv');
    const onLedger = (uri: vscode.Uri) => {
      if (this.screenplayUri && uri.toString() === `${this.screenplayUri.toString()}.usage.csv`) {
        this.refreshSoon();
      }
    };
    return [watcher, watcher.onDidCreate(onLedger), watcher.onDidChange(onLedger), watcher.onDidDelete(onLedger)];
  }

  private refreshSoon(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.refresh(), TypingPauseMs);
  }

  private publishProblem(): void {
    if (this.screenplayUri) {
      this.publish({ uri: this.screenplayUri, report: undefined, problem: this.server.problem });
    }
  }

  private publish(update: ReportUpdate): void {
    this.latestUpdate = update;
    this.updated.fire(update);
  }
}
