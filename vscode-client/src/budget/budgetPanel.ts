/**
 * The budget view: one webview panel beside the editor that follows the screenplay being edited.
 * Rendering is budgetHtml.ts (pure); this class moves HTML in and scene clicks out.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ReportService, ReportUpdate } from '../report/reportService';
import type { ServerController } from '../server/serverController';
import { isPlanActionMessage, isReadyMessage, isRevealSceneMessage, Proposal, renderBudgetBody, renderBudgetDocument, renderBudgetNote } from './budgetHtml';
import type { SafeHtml } from './safeHtml';

export class BudgetPanel implements vscode.Disposable {
  private static current: BudgetPanel | undefined;

  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private body: SafeHtml;
  private shownUpdate: ReportUpdate | undefined;
  /** The plan shown beside the current budget, for shownUpdate's report. */
  private proposal: Proposal;
  /** The writer asked for a plan for this screenplay; it is then re-planned as the text changes. */
  private planRequestedFor: string | undefined;
  /** Counts plan requests so an answer overtaken by a newer report is dropped. */
  private planGeneration = 0;
  /** Held while the view can be seen: the report service then asks for every new report. */
  private reportInterest: vscode.Disposable | undefined;

  static show(reports: ReportService, server: ServerController): void {
    if (BudgetPanel.current) {
      BudgetPanel.current.panel.reveal(undefined, true);
    } else {
      BudgetPanel.current = new BudgetPanel(reports, server);
    }
    void reports.refresh();
  }

  private constructor(
    reports: ReportService,
    private readonly server: ServerController,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      'scenecost.budget',
      'Budget',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    this.body = renderBudgetNote(reports.screenplay ? 'Estimating…' : 'Open a Fountain screenplay to see its budget.');
    this.subscriptions.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      reports.onDidUpdate((update) => this.show(update)),
      // The report is asked for after every analysis only while the view can be seen: a budget
      // view in a background tab costs nothing while the writer types.
      this.panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible && !this.reportInterest) {
          this.reportInterest = reports.wantReports();
          void reports.refresh();
        } else if (!webviewPanel.visible) {
          this.reportInterest?.dispose();
          this.reportInterest = undefined;
        }
      }),
    );
    this.reportInterest = reports.wantReports();
    if (reports.latest) {
      this.show(reports.latest);
    }
    this.panel.webview.html = renderBudgetDocument({ nonce: randomBytes(18).toString('base64'), body: this.body });
  }

  dispose(): void {
    BudgetPanel.current = undefined;
    this.reportInterest?.dispose();
    this.reportInterest = undefined;
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.panel.dispose();
  }

  private show(update: ReportUpdate): void {
    if (this.shownUpdate?.uri.toString() !== update.uri.toString()) {
      this.proposal = undefined;
    }
    this.shownUpdate = update;
    this.panel.title = update.report?.title ? `Budget: ${update.report.title}` : 'Budget';
    if (this.planRequestedFor !== update.uri.toString()) {
      this.planRequestedFor = undefined;
    }
    // Over budget, the plan is proposed without being asked for; otherwise only on request.
    const wantPlan = update.report !== undefined && (update.report.film.fits === false || this.planRequestedFor !== undefined);
    this.proposal = wantPlan ? (this.proposal ?? { note: 'Working out a plan that fits…' }) : undefined;
    this.render();
    if (wantPlan) {
      void this.propose(update);
    }
  }

  private render(): void {
    const update = this.shownUpdate;
    this.body = update?.report ? renderBudgetBody(update.report, this.proposal) : renderBudgetNote(update?.problem ?? 'No estimate yet.');
    void this.panel.webview.postMessage({ type: 'render', html: this.body.value });
  }

  private async propose(update: ReportUpdate): Promise<void> {
    const generation = ++this.planGeneration;
    let proposal: Proposal;
    try {
      const plan = await this.server.requestFitPlan(update.uri);
      proposal = plan ? { plan } : { note: 'No plan: the server has no budget for this screenplay.' };
    } catch (error) {
      proposal = { note: `No plan: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (generation === this.planGeneration && this.shownUpdate === update) {
      this.proposal = proposal;
      this.render();
    }
  }

  private async applyPlan(): Promise<void> {
    const proposal = this.proposal;
    if (!proposal || !('plan' in proposal) || proposal.plan.edit === undefined) {
      return;
    }
    const applied = await this.server.applyServerEdit(proposal.plan.edit);
    if (applied) {
      this.planRequestedFor = undefined;
    } else {
      void vscode.window.showWarningMessage('Scenecost could not apply the plan: the screenplay changed since it was made. Look at the new plan and apply it again.');
      if (this.shownUpdate) {
        void this.propose(this.shownUpdate);
      }
    }
  }

  private onMessage(message: unknown): void {
    // The page says it is ready after loading, and again after being hidden and shown: the body
    // it was loaded with may be older than the latest report.
    if (isReadyMessage(message)) {
      void this.panel.webview.postMessage({ type: 'render', html: this.body.value });
      return;
    }
    if (isPlanActionMessage(message)) {
      if (message.type === 'applyPlan') {
        void this.applyPlan();
      } else if (this.shownUpdate?.report) {
        this.planRequestedFor = this.shownUpdate.uri.toString();
        this.show(this.shownUpdate);
      }
      return;
    }
    if (!isRevealSceneMessage(message) || !this.shownUpdate?.report) {
      return;
    }
    const scene = this.shownUpdate.report.scenes.find((candidate) => candidate.index === message.index);
    const headingRange = scene?.headingRange ?? scene?.range;
    if (headingRange) {
      void revealHeading(this.shownUpdate.uri, headingRange.start.line);
    }
  }
}

async function revealHeading(uri: vscode.Uri, line: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const headingLine = document.lineAt(Math.min(Math.max(line, 0), document.lineCount - 1));
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
  await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
    selection: new vscode.Range(headingLine.range.start, headingLine.range.end),
    preserveFocus: false,
  });
  vscode.window.activeTextEditor?.revealRange(headingLine.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
