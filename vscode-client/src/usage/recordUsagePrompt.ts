/** Asks the writer what a scene's generation cost before `scenecost.recordUsage` runs. */
import * as vscode from 'vscode';
import { modalityChoices, RecordUsageArguments, withAmounts } from './usageArguments';

export async function askForUsage(args: RecordUsageArguments): Promise<RecordUsageArguments | undefined> {
  const scene = args.sceneLabel ? `scene ${args.sceneLabel}` : 'this scene';
  const title = `Record usage for ${scene}`;
  const costText = await vscode.window.showInputBox({
    title,
    prompt: 'What did it cost, in the film\'s currency?',
    placeHolder: '6.00',
    ignoreFocusOut: true,
    // The server reads the amount; here only an empty answer is refused.
    validateInput: (text) => (text.trim() === '' ? 'Type what was spent, for example 6.00' : undefined),
  });
  if (costText === undefined) {
    return undefined;
  }
  const choices = modalityChoices(args);
  let modality: string | undefined;
  if (choices.length > 0) {
    const picked = await vscode.window.showQuickPick(
      choices.map((entry) => ({ label: entry.label, description: entry.description, id: entry.id })),
      { title, placeHolder: 'What was it spent on?', ignoreFocusOut: true },
    );
    if (!picked) {
      return undefined;
    }
    modality = picked.id;
  }
  const model = await vscode.window.showInputBox({
    title,
    prompt: 'Which model or service? (optional)',
    placeHolder: 'veo-3.1-fast',
    ignoreFocusOut: true,
  });
  if (model === undefined) {
    return undefined;
  }
  return withAmounts(args, costText, modality, model);
}

/** The language client's middleware for the server's commands: fills in the amounts, reports the result. */
export async function recordUsageMiddleware(
  args: RecordUsageArguments,
  next: (args: RecordUsageArguments) => Promise<unknown>,
): Promise<unknown> {
  const filled = await askForUsage(args);
  if (!filled) {
    return undefined;
  }
  try {
    const answer = (await next(filled)) as { message?: unknown } | undefined;
    if (typeof answer?.message === 'string') {
      void vscode.window.showInformationMessage(answer.message);
    }
    return answer;
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}
