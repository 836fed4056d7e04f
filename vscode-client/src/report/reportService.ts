/**
 * Keeps the report of the screenplay the writer is working on, and its status bar's line. The
 * server sends the line with every `scenecost/reportChanged` (after every analysis: an edit,
 * scenecost.json, the ledger); the report, each scene's figures without its breakdown, is asked
 * for only while a budget view wants it, and when the writer switches to a screenplay whose line
 * is not known yet or the server (re)starts. The status bar and the budget view listen to it.
 * The server decides when to analyse; this class keeps no timer of its own and watches no file.
 */
import * as vscode from 'vscode';
import { LanguageId } from '../commands/commandIds';
import type { ServerController } from '../server/serverController';
import type { BudgetReport, StatusBarLine } from './reportTypes';

export interface ReportUpdate {
  readonly uri: vscode.Uri;
  readonly report: BudgetReport | undefined;
  /** Why there is no report, in words for the writer. */
  readonly problem?: string;
}

const AnswerTimeoutMs = 20_000;

export class ReportService implements vscode.Disposable {
  private readonly updated = new vscode.EventEmitter<ReportUpdate>();
  private readonly statusUpdated = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.updated, this.statusUpdated];
  /** The status bar's line of each screenplay the server analysed, by the URI the server writes. */
  private readonly statusLines = new Map<string, StatusBarLine>();
  /** How many views want the whole report after every analysis (budget views open). */
  private reportWanted = 0;
  private screenplayUri: vscode.Uri | undefined;
  private latestUpdate: ReportUpdate | undefined;
  private requestNumber = 0;
  /** A request is on its way; changes meanwhile ask once more when it is answered. */
  private inFlight: Promise<ReportUpdate | undefined> | undefined;
  private askAgain = false;

  readonly onDidUpdate = this.updated.event;

  /** Fires when the server sent a new status bar line for some screenplay. */
  readonly onDidUpdateStatus = this.statusUpdated.event;

  constructor(private readonly server: ServerController) {
    this.followEditor(vscode.window.activeTextEditor);
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.screenplayUri?.toString() === document.uri.toString()) {
          this.screenplayUri = undefined;
        }
        const key = server.protocolUri(document.uri);
        if (key !== undefined) {
          this.statusLines.delete(key);
        }
      }),
      server.onDidChangeReport((change) => {
        if (change.statusBar) {
          this.statusLines.set(change.uri, change.statusBar);
          this.statusUpdated.fire();
        } else {
          this.statusLines.delete(change.uri);
        }
        const current = this.screenplayUri && server.protocolUri(this.screenplayUri) === change.uri;
        // Without a line (no estimate) the report says why, for the status bar too.
        if (current && (this.reportWanted > 0 || !change.statusBar)) {
          void this.refreshCoalesced();
        } else if (current) {
          this.latestUpdate = undefined; // out of date: a view opened later asks for it afresh
        }
      }),
      server.onDidChangeRunning((running) => {
        if (running) {
          void this.refreshCoalesced();
        } else {
          // A stopped server's lines would read as current: the problem shows instead.
          this.statusLines.clear();
          this.statusUpdated.fire();
          this.publishProblem();
        }
      }),
    );
  }

  /** The screenplay shown last: it stays the subject while the budget view has the focus. */
  get screenplay(): vscode.Uri | undefined {
    return this.screenplayUri;
  }

  get latest(): ReportUpdate | undefined {
    return this.latestUpdate;
  }

  /** The status bar's line the server last sent for a screenplay, if any. */
  statusLine(uri: vscode.Uri): StatusBarLine | undefined {
    const key = this.server.protocolUri(uri);
    return key === undefined ? undefined : this.statusLines.get(key);
  }

  /**
   * A view that shows the report asks for it after every analysis while the returned disposable
   * lives; otherwise only the status bar's line is followed.
   */
  wantReports(): vscode.Disposable {
    this.reportWanted++;
    return new vscode.Disposable(() => {
      this.reportWanted--;
    });
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
      // The budget view draws each scene's figures, never its breakdown (the status bar only the
      // film's): asked for after every edit while the view is open, the whole report would be ten
      // times the JSON.
      const report = await Promise.race([this.server.requestReport(uri, cancellation.token, 'figures'), timedOut]);
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
      if (this.reportWanted > 0 || !this.statusLine(editor.document.uri)) {
        void this.refresh();
      }
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
