/**
 * Keeps the report of the screenplay the writer is working on: asks the server again when the
 * writer switches screenplays, when the server says the screenplay's report changed
 * (`scenecost/reportChanged`, after every analysis: an edit, scenecost.json, the ledger), and when
 * the server (re)starts. The status bar and the budget view listen to it. The server decides when
 * to analyse; this class keeps no timer of its own and watches no file.
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

const AnswerTimeoutMs = 20_000;

export class ReportService implements vscode.Disposable {
  private readonly updated = new vscode.EventEmitter<ReportUpdate>();
  private readonly subscriptions: vscode.Disposable[] = [this.updated];
  private screenplayUri: vscode.Uri | undefined;
  private latestUpdate: ReportUpdate | undefined;
  private requestNumber = 0;
  /** A request is on its way; changes meanwhile ask once more when it is answered. */
  private inFlight: Promise<ReportUpdate | undefined> | undefined;
  private askAgain = false;

  readonly onDidUpdate = this.updated.event;

  constructor(private readonly server: ServerController) {
    this.followEditor(vscode.window.activeTextEditor);
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.screenplayUri?.toString() === document.uri.toString()) {
          this.screenplayUri = undefined;
        }
      }),
      server.onDidChangeReport((uri) => {
        if (this.screenplayUri && server.protocolUri(this.screenplayUri) === uri) {
          void this.refreshCoalesced();
        }
      }),
      server.onDidChangeRunning((running) => (running ? void this.refreshCoalesced() : this.publishProblem())),
    );
  }

  /** The screenplay shown last: it stays the subject while the budget view has the focus. */
  get screenplay(): vscode.Uri | undefined {
    return this.screenplayUri;
  }

  get latest(): ReportUpdate | undefined {
    return this.latestUpdate;
  }

  /**
   * Asks the server, or, while a request is on its way, once more when it is answered: changes
   * that arrive while the server answers are coalesced into one request.
   */
  private async refreshCoalesced(): Promise<void> {
    if (this.inFlight) {
      this.askAgain = true;
      return;
    }
    do {
      this.askAgain = false;
      this.inFlight = this.refresh();
      try {
        await this.inFlight;
      } finally {
        this.inFlight = undefined;
      }
    } while (this.askAgain);
  }

  /** Asks the server now; the answer is also published to the listeners. */
  async refresh(): Promise<ReportUpdate | undefined> {
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
