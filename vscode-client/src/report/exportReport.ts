/**
 * The formats of Export Budget Report. The file is the server's own report in that format,
 * exactly what `scenecost report --format F` prints for the same screenplay and settings; the
 * client renders none of it.
 */
export type ExportFormat = 'csv' | 'md' | 'json';

export const ExportFormats: ReadonlyArray<{ format: ExportFormat; label: string; extension: string; description: string }> = [
  { format: 'csv', label: 'CSV', extension: 'csv', description: 'One row per scene, for a spreadsheet' },
  { format: 'md', label: 'Markdown', extension: 'md', description: 'Totals and a scene table, for a document' },
  { format: 'json', label: 'JSON', extension: 'json', description: 'Everything the estimate knows, for other tools' },
];

/** The text of a `scenecost/report` answer with a format, or undefined when it is not one. */
export function reportText(answer: unknown): string | undefined {
  const text = typeof answer === 'object' && answer !== null ? (answer as { text?: unknown }).text : undefined;
  return typeof text === 'string' ? text : undefined;
}
