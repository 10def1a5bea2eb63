import fc from 'fast-check';
import { datasetFromRecords, recordsFromDataset } from '../../records/build-dataset';
import type { DuplicatePolicy } from '../normalise/types';
import { guessMapping } from '../normalise/guess-mapping';
import { normaliseTable } from '../normalise/normalise-table';
import { readTextTable } from '../text/read-text-table';
import { importTextFast, type FastImportedTable } from './fast-text-import';
import {
  randomDailyFile,
  randomVehicleFile,
  type RandomTextFile,
} from './testing/random-text-files';

const POLICIES = fc.constantFrom<DuplicatePolicy>('sum', 'keep-last', 'ask');

/**
 * The general reader's answer (importBytes' steps for text, which also take 'ask'), in the fast
 * reader's terms, records as a set (sorted).
 */
function reference(file: RandomTextFile, duplicates: DuplicatePolicy) {
  const read = readTextTable(file.bytes, file.name);
  if (!read.ok) return null;
  const table = read.value;
  const mapping = guessMapping(table);
  const result = normaliseTable(table, mapping, { duplicates });
  return comparable(table.rows.length, mapping, result, read.issues, table.rows);
}

function comparable(
  rowCount: number,
  mapping: FastImportedTable['mapping'],
  result: FastImportedTable['result'],
  issues: FastImportedTable['issues'],
  rows: unknown[][],
) {
  return {
    rowCount,
    mapping,
    issues,
    firstRows: rows.slice(0, 20),
    result: result.ok
      ? {
          ok: true,
          records: recordsFromDataset(datasetFromRecords(result.value.records)),
          duplicates: result.value.duplicates,
          granularity: result.value.granularity,
          dateRange: result.value.dateRange,
          issues: result.issues,
        }
      : result,
  };
}

function fast(file: RandomTextFile, duplicates: DuplicatePolicy) {
  const outcome = importTextFast(file.bytes, { file: file.name, duplicates });
  if (!outcome.eligible) return null;
  const { table } = outcome;
  return comparable(table.rowCount, table.mapping, table.result, table.issues, table.preview.rows);
}

describe('the fast text reader against the general reader', () => {
  it.each([
    ['per-vehicle', randomVehicleFile(), 0.5],
    ['daily', randomDailyFile(), 0.5],
    ['per-vehicle (many odd cells)', randomVehicleFile(40), 0.05],
    ['daily (many odd cells)', randomDailyFile(40), 0.05],
  ])(
    'gives the same %s records, duplicates, issues and notes, or leaves the file',
    (_name, files, share) => {
      let eligible = 0;
      let runs = 0;
      fc.assert(
        fc.property(files, POLICIES, (file, policy) => {
          runs++;
          const actual = fast(file, policy);
          if (actual === null) return;
          eligible++;
          expect(actual).toEqual(reference(file, policy));
        }),
        { numRuns: 300 },
      );
      // Most files are for the fast reader: a test that always fell back would prove nothing.
      expect(eligible / runs).toBeGreaterThan(share);
    },
  );

  it('takes clean files whole', () => {
    fc.assert(
      fc.property(fc.oneof(randomVehicleFile(0), randomDailyFile(0)), (file) => {
        const outcome = importTextFast(file.bytes, { file: file.name });
        if (
          !outcome.eligible &&
          !/single column|fewer than two|no rows|VIN may be repeated/.test(outcome.reason)
        ) {
          expect(outcome).toEqual({ eligible: true });
        }
      }),
      { numRuns: 200 },
    );
  });
});
