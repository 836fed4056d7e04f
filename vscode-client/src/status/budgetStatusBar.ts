/** The status bar item: the active screenplay's estimate against its budget. */
import * as vscode from 'vscode';
import { CommandIds, LanguageId } from '../commands/commandIds';
import type { ReportService } from '../report/reportService';
import { statusLineText, statusText } from './statusText';

export class BudgetStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('scenecost.budget', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [this.item];

  constructor(private readonly reports: ReportService) {
    this.item.name = 'Scenecost budget';
    this.item.command = CommandIds.showBudget;
    this.subscriptions.push(
      reports.onDidUpdate(() => this.update()),
      reports.onDidUpdateStatus(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== LanguageId) {
      this.item.hide();
      return;
    }
    // The line the server sent with its last analysis; else the report's, when it is this screenplay's.
    const line = this.reports.statusLine(editor.document.uri);
    const latest = this.reports.latest;
    const report = latest?.report && latest.uri.toString() === editor.document.uri.toString() ? latest.report : undefined;
    if (!line && !report) {
      this.item.hide();
      return;
    }
    const status = line ? statusLineText(line) : statusText(report!);
    this.item.text = status.text;
    this.item.tooltip = status.tooltip;
    this.item.backgroundColor = status.over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }
}
