/** Scenecost: Export Budget Report — the active screenplay's report as CSV, Markdown or JSON. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExportFormats } from '../report/exportReport';
import type { ReportService } from '../report/reportService';
import type { ServerController } from '../server/serverController';

export async function exportBudgetReport(server: ServerController, reports: ReportService): Promise<void> {
  const screenplay = reports.screenplay;
  if (!screenplay) {
    void vscode.window.showInformationMessage('Open a Fountain screenplay first: Scenecost exports the budget of the screenplay you are editing.');
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
  let text: string | undefined;
  try {
    text = await server.requestReportText(screenplay, choice.entry.format);
  } catch (error) {
    void vscode.window.showErrorMessage(`The budget report could not be made: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (text === undefined) {
    void vscode.window.showErrorMessage(server.problem ?? 'The budget is not available yet; try again in a moment.');
    return;
  }
  try {
    await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
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
