/** Scenecost: Import Usage Export… — a provider's CSV into the active screenplay's usage ledger. */
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ReportService } from '../report/reportService';
import type { ServerController } from '../server/serverController';
import { configCandidates, ImportUsageCommand, importOutcome, importUsageArguments, mappingNames } from '../usage/importUsage';

const Title = 'Import Usage Export';

export async function importUsageExport(server: ServerController, reports: ReportService): Promise<void> {
  const screenplay = reports.screenplay;
  if (!screenplay || screenplay.scheme !== 'file') {
    void vscode.window.showInformationMessage(
      screenplay
        ? 'Save the screenplay first: its usage ledger is a file beside it.'
        : 'Open a Fountain screenplay first: the export is added to the usage ledger of the screenplay you are editing.',
    );
    return;
  }
  const picked = await vscode.window.showOpenDialog({
    title: `${Title}: choose the provider's usage CSV`,
    openLabel: 'Import',
    canSelectMany: false,
    defaultUri: vscode.Uri.joinPath(screenplay, '..'),
    filters: { 'Usage export (CSV)': ['csv'], 'All files': ['*'] },
  });
  const exportFile = picked?.[0];
  if (!exportFile) {
    return;
  }
  const mapping = await chooseMapping(screenplay);
  if (mapping === null) {
    return;
  }
  const args = importUsageArguments(screenplay.toString(), exportFile.fsPath, mapping);
  let answer: unknown;
  try {
    answer = await server.executeServerCommand(ImportUsageCommand, [args]);
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
    return;
  }
  if (answer === undefined) {
    void vscode.window.showErrorMessage(server.problem ?? 'The Scenecost server is not running.');
    return;
  }
  const outcome = importOutcome(answer);
  outcome.details.forEach((line) => server.output.appendLine(line));
  if (outcome.severity === 'warning') {
    const choice = await vscode.window.showWarningMessage(outcome.message, 'Show Output');
    if (choice) {
      server.output.show(true);
    }
  } else {
    void vscode.window.showInformationMessage(outcome.message);
  }
  void reports.refresh();
}

/** A mapping name, undefined to let the server pick the only one, or null when the writer cancels. */
async function chooseMapping(screenplay: vscode.Uri): Promise<string | undefined | null> {
  const workspaceRoot = vscode.workspace.getWorkspaceFolder(screenplay)?.uri.fsPath;
  const config = configCandidates(screenplay.fsPath, workspaceRoot).find((candidate) => existsSync(candidate));
  const names = config ? mappingNames(readFileSync(config, 'utf8')) : [];
  if (names.length < 2) {
    return undefined;
  }
  const choice = await vscode.window.showQuickPick(
    names.map((name) => ({ label: name, description: 'usage.imports in scenecost.json' })),
    { title: Title, placeHolder: 'Which provider is the export from?', ignoreFocusOut: true },
  );
  return choice ? choice.label : null;
}
