/** What the status bar says about a report: the server's own line, so it reads as the lens does. */
import type { BudgetReport, StatusBarLine } from '../report/reportTypes';

export interface StatusText {
  readonly text: string;
  readonly tooltip: string;
  readonly over: boolean;
}

export function statusText(report: BudgetReport): StatusText {
  return statusLineText(report.film.display?.statusBar);
}

/** The same for the line the server sends with each `scenecost/reportChanged`. */
export function statusLineText(status: StatusBarLine | undefined): StatusText {
  if (!status) {
    return {
      text: 'Scenecost',
      tooltip: 'The Scenecost server sent no budget line: the extension and its server are of different versions. Click for the budget view.',
      over: false,
    };
  }
  return { text: status.text, tooltip: `${status.tooltip} Click for the budget view.`, over: status.over };
}
