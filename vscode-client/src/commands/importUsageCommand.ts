/** Scenecost: Import Usage Export… — a provider's CSV into the active screenplay's usage ledger. */
import * as vscode from 'vscode';
import type { ReportService } from '../report/reportService';
import type { ServerController } from '../server/serverController';
import { ImportUsageCommand, importOutcome, importUsageArguments, offeredMappings } from '../usage/importUsage';

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
  let answer: unknown;
  try {
    answer = await importWith(server, screenplay, exportFile, undefined);
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
    return;
  }
  if (answer === null) {
    return; // the writer cancelled the choice of mapping
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

/**
 * Runs the import; when scenecost.json has several mappings the server names them, the writer
 * picks one and it runs again. Null when the writer cancels the choice.
 */
async function importWith(server: ServerController, screenplay: vscode.Uri, exportFile: vscode.Uri, mapping: string | undefined): Promise<unknown> {
  try {
    return await server.executeServerCommand(ImportUsageCommand, [importUsageArguments(screenplay.toString(), exportFile.fsPath, mapping)]);
  } catch (error) {
    const names = mapping === undefined ? offeredMappings(error) : [];
    if (names.length === 0) {
      throw error;
    }
    const choice = await vscode.window.showQuickPick(
      names.map((name) => ({ label: name, description: 'usage.imports in scenecost.json' })),
      { title: Title, placeHolder: 'Which provider is the export from?', ignoreFocusOut: true },
    );
    return choice ? importWith(server, screenplay, exportFile, choice.label) : null;
  }
}
