import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExportFormats, reportText } from '../../src/report/exportReport';

test('every export format is one the server renders, as `scenecost report --format` names it', () => {
  assert.deepEqual(
    ExportFormats.map((entry) => [entry.format, entry.extension]),
    [
      ['csv', 'csv'],
      ['md', 'md'],
      ['json', 'json'],
    ],
  );
});

test('the export is the server\'s text, untouched', () => {
  const csv = 'index,number,heading\r\n1,,"INT. A, B - DAY"\r\n';
  assert.equal(reportText({ text: csv }), csv);
  assert.equal(reportText({ text: 3 }), undefined);
  assert.equal(reportText(null), undefined);
});
