/** Every command the extension contributes; package.json lists the same IDs (a unit test checks). */
export const CommandIds = {
  showBudget: 'scenecost.showBudget',
  exportBudgetReport: 'scenecost.exportBudgetReport',
  exportShotList: 'scenecost.exportShotList',
  restartServer: 'scenecost.restartServer',
  showOutput: 'scenecost.showOutput',
  /** Not `scenecost.importUsage`: the language client registers the server's command under that ID. */
  importUsageExport: 'scenecost.importUsageExport',
} as const;

/** The custom request of the Scenecost server that returns a screenplay's report JSON. */
export const ReportRequestMethod = 'scenecost/report';

/** The notification the server sends after each analysis of a screenplay: `{uri, version}`. */
export const ReportChangedMethod = 'scenecost/reportChanged';

/** The custom request that returns a screenplay's shot list, as `scenecost shots --format` prints it. */
export const ShotsRequestMethod = 'scenecost/shots';
export const FitRequestMethod = 'scenecost/fit';

export const LanguageId = 'fountain';
export const ConfigurationSection = 'scenecost';
