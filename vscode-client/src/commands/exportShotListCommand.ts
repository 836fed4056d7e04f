/** Scenecost: Export Shot List — every shot of the active screenplay, with its prompt and cost. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReportService } from '../report/reportService';
import type { ServerController } from '../server/serverController';

const Formats = [
  { label: 'CSV', description: 'one row per shot, for a spreadsheet', format: 'csv', extension: 'csv' },
  { label: 'JSON', description: 'for scripts and pipelines', format: 'json', extension: 'json' },
  { label: 'Text', description: 'the shot list as the command line prints it', format: 'table', extension: 'txt' },
] as const;

export async function exportShotList(server: ServerController, reports: ReportService): Promise<void> {
  const screenplay = reports.screenplay;
  if (!screenplay) {
    void vscode.window.showInformationMessage('Open a Fountain screenplay first: Scenecost exports the shots of the screenplay you are editing.');
    return;
  }
  const choice = await vscode.window.showQuickPick(
    Formats.map((entry) => ({ label: entry.label, description: entry.description, entry })),
    { title: 'Export Shot List', placeHolder: 'Choose a format' },
  );
  if (!choice) {
    return;
  }
  let text: string | undefined;
  try {
    text = await server.requestShotList(screenplay, choice.entry.format);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`The shot list could not be made: ${reason}`);
    return;
  }
  if (text === undefined) {
    void vscode.window.showErrorMessage(server.problem ?? 'The shot list is not available yet; try again in a moment.');
    return;
  }
  const target = await vscode.window.showSaveDialog({
    title: 'Export Shot List',
    saveLabel: 'Export',
    defaultUri: defaultTarget(screenplay, choice.entry.extension),
    filters: { [choice.entry.label]: [choice.entry.extension] },
  });
  if (!target) {
    return;
  }
  try {
    await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`The shot list could not be saved to ${target.fsPath}: ${reason}`);
    return;
  }
  const open = await vscode.window.showInformationMessage(`Shot list saved to ${target.fsPath}.`, 'Open');
  if (open) {
    await vscode.window.showTextDocument(target);
  }
}

/** `My Film.fountain` → `My Film-shots.csv` beside it; an untitled screenplay saves in the workspace. */
function defaultTarget(screenplay: vscode.Uri, extension: string): vscode.Uri | undefined {
  if (screenplay.scheme === 'file') {
    const name = path.parse(screenplay.fsPath).name;
    return vscode.Uri.file(path.join(path.dirname(screenplay.fsPath), `${name}-shots.${extension}`));
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `shots.${extension}`) : undefined;
}
