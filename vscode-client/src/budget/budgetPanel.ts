/**
 * The budget view: one webview panel beside the editor that follows the screenplay being edited.
 * Rendering is budgetHtml.ts (pure); this class moves HTML in and scene clicks out.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ReportService, ReportUpdate } from '../report/reportService';
import { isReadyMessage, isRevealSceneMessage, renderBudgetBody, renderBudgetDocument, renderBudgetNote } from './budgetHtml';
import type { SafeHtml } from './safeHtml';

export class BudgetPanel implements vscode.Disposable {
  private static current: BudgetPanel | undefined;

  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private body: SafeHtml;
  private shownUpdate: ReportUpdate | undefined;

  static show(reports: ReportService): void {
    if (BudgetPanel.current) {
      BudgetPanel.current.panel.reveal(undefined, true);
    } else {
      BudgetPanel.current = new BudgetPanel(reports);
    }
    void reports.refresh();
  }

  private constructor(reports: ReportService) {
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
    );
    if (reports.latest) {
      this.show(reports.latest);
    }
    this.panel.webview.html = renderBudgetDocument({ nonce: randomBytes(18).toString('base64'), body: this.body });
  }

  dispose(): void {
    BudgetPanel.current = undefined;
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.panel.dispose();
  }

  private show(update: ReportUpdate): void {
    this.shownUpdate = update;
    this.panel.title = update.report?.title ? `Budget: ${update.report.title}` : 'Budget';
    this.body = update.report ? renderBudgetBody(update.report) : renderBudgetNote(update.problem ?? 'No estimate yet.');
    void this.panel.webview.postMessage({ type: 'render', html: this.body.value });
  }

  private onMessage(message: unknown): void {
    // The page says it is ready after loading, and again after being hidden and shown: the body
    // it was loaded with may be older than the latest report.
    if (isReadyMessage(message)) {
      void this.panel.webview.postMessage({ type: 'render', html: this.body.value });
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
