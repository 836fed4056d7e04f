/** Scenecost: Export Budget Report — the active screenplay's report as CSV, Markdown or JSON. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExportFormats, exportReport } from '../report/exportReport';
import type { ReportService } from '../report/reportService';

export async function exportBudgetReport(reports: ReportService): Promise<void> {
  const screenplay = reports.screenplay;
  if (!screenplay) {
    void vscode.window.showInformationMessage('Open a Fountain screenplay first: Scenecost exports the budget of the screenplay you are editing.');
    return;
  }
  const update = await reports.refresh();
  if (!update?.report) {
    void vscode.window.showErrorMessage(update?.problem ?? 'The budget is not available yet; try again in a moment.');
    return;
  }
  const choice = await vscode.window.showQuickPick(
    ExportFormats.map((entry) => ({ label: entry.label, description: entry.description, entry })),
    { title: 'Export Budget Report', placeHolder: 'Choose a format' },
  );
  if (!choice) {
    return;
  }
  const target = await vscode.window.showSaveDialog({
    title: 'Export Budget Report',
    saveLabel: 'Export',
    defaultUri: defaultTarget(screenplay, choice.entry.extension),
    filters: { [choice.entry.label]: [choice.entry.extension] },
  });
  if (!target) {
    return;
  }
  try {
    await vscode.workspace.fs.writeFile(target, Buffer.from(exportReport(update.report, choice.entry.format), 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`The budget report could not be saved to ${target.fsPath}: ${reason}`);
    return;
  }
  const open = await vscode.window.showInformationMessage(`Budget report saved to ${target.fsPath}.`, 'Open');
  if (open) {
    await vscode.window.showTextDocument(target);
  }
}

/** `My Film.fountain` → `My Film-budget.csv` beside it; an untitled screenplay saves in the workspace. */
function defaultTarget(screenplay: vscode.Uri, extension: string): vscode.Uri | undefined {
  if (screenplay.scheme === 'file') {
    const name = path.parse(screenplay.fsPath).name;
    return vscode.Uri.file(path.join(path.dirname(screenplay.fsPath), `${name}-budget.${extension}`));
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `budget.${extension}`) : undefined;
}
