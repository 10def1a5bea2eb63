import fc from 'fast-check';
import { datasetFromRecords, recordsFromDataset } from '../../records/build-dataset';
import { importBytes } from '../pipeline';
import { importXlsxFast } from './fast-xlsx-import';
import {
  randomDailyWorkbook,
  randomVehicleWorkbook,
  type RandomWorkbook,
} from './testing/random-workbooks';

function plain(result: { ok: boolean } & Record<string, unknown>) {
  if (!result.ok) return result;
  const value = result['value'] as { records: Parameters<typeof datasetFromRecords>[0] };
  return {
    ...result,
    value: { ...value, records: recordsFromDataset(datasetFromRecords(value.records)) },
  };
}

function reference(file: RandomWorkbook, duplicates: 'sum' | 'keep-last') {
  const imported = importBytes(file.bytes, file.name, { duplicates });
  if (!imported.ok) return null;
  const [table] = imported.value.tables;
  if (!table) return null;
  return {
    rowCount: table.table.rows.length,
    firstRows: table.table.rows.slice(0, 20),
    mapping: table.mapping,
    mappingKey: table.mappingKey,
    issues: imported.issues,
    sheets: imported.value.sheets,
    result: plain(table.result as never),
  };
}

function fast(file: RandomWorkbook, duplicates: 'sum' | 'keep-last') {
  const outcome = importXlsxFast(file.bytes, { file: file.name, duplicates });
  if (!outcome.eligible) return null;
  const { table } = outcome;
  return {
    rowCount: table.rowCount,
    firstRows: table.preview.rows.slice(0, 20),
    mapping: table.mapping,
    mappingKey: table.mappingKey,
    issues: table.issues,
    sheets: table.sheets,
    result: plain(table.result as never),
  };
}

describe('the fast XLSX reader against the general reader', () => {
  it.each([
    ['per-vehicle', randomVehicleWorkbook(), 0.5],
    ['daily', randomDailyWorkbook(), 0.5],
    ['per-vehicle (many odd cells)', randomVehicleWorkbook(40), 0.05],
    ['daily (many odd cells)', randomDailyWorkbook(40), 0.05],
  ])('gives the same %s workbook import, or leaves it', (_name, files, share) => {
    let eligible = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        files,
        fc.constantFrom<'sum' | 'keep-last'>('sum', 'keep-last'),
        (file, policy) => {
          runs++;
          const actual = fast(file, policy);
          if (actual === null) return;
          eligible++;
          expect(actual).toEqual(reference(file, policy));
        },
      ),
      { numRuns: 120 },
    );
    expect(eligible / runs).toBeGreaterThan(share);
  });
});
