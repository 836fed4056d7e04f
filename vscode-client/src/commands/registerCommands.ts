import * as vscode from 'vscode';
import { BudgetPanel } from '../budget/budgetPanel';
import type { ReportService } from '../report/reportService';
import type { ServerController } from '../server/serverController';
import { CommandIds } from './commandIds';
import { exportBudgetReport } from './exportCommand';
import { exportShotList } from './exportShotListCommand';
import { importUsageExport } from './importUsageCommand';

export function registerCommands(server: ServerController, reports: ReportService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.showBudget, () => BudgetPanel.show(reports, server)),
    vscode.commands.registerCommand(CommandIds.exportBudgetReport, () => exportBudgetReport(server, reports)),
    vscode.commands.registerCommand(CommandIds.exportShotList, () => exportShotList(server, reports)),
    vscode.commands.registerCommand(CommandIds.restartServer, () => server.restart()),
    vscode.commands.registerCommand(CommandIds.showOutput, () => server.output.show(true)),
    vscode.commands.registerCommand(CommandIds.importUsageExport, () => importUsageExport(server, reports)),
  );
}
