/**
 * Entry point: checks nothing itself and only wires the parts together. The server, its Java and
 * settings live in server/, java/ and settings/; the budget view, status bar and exports read
 * the report that report/reportService.ts keeps.
 */
import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands';
import type { BudgetReport } from './report/reportTypes';
import { ReportService } from './report/reportService';
import { ServerController } from './server/serverController';
import { BudgetStatusBar } from './status/budgetStatusBar';

/** What other extensions (and the end-to-end test) may ask of Scenecost. */
export interface ScenecostApi {
  requestReport(uri: vscode.Uri): Promise<BudgetReport | undefined>;
}

let server: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): ScenecostApi {
  const output = vscode.window.createOutputChannel('Scenecost');
  server = new ServerController(context.asAbsolutePath('server/scenecost.jar'), output, context.globalStorageUri.fsPath);
  // Activation does not wait for Java: the editor stays responsive while the server starts, and
  // report requests made meanwhile wait for it.
  void server.start();
  const reports = new ReportService(server);
  context.subscriptions.push(output, server, reports, new BudgetStatusBar(reports), registerCommands(server, reports));

  const running = server;
  return { requestReport: (uri) => running.requestReport(uri) };
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
