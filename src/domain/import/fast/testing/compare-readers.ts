import { datasetFromRecords, recordsFromDataset } from '../../../records/build-dataset';
import type { DuplicatePolicy } from '../../normalise/types';
import { guessMapping } from '../../normalise/guess-mapping';
import { normaliseTable } from '../../normalise/normalise-table';
import { readTextTable } from '../../text/read-text-table';
import { importTextFast, type FastImportedTable } from '../fast-text-import';
import type { VehicleKernelChoice } from '../vehicle-reader';
import type { RandomTextFile } from './random-text-files';

/**
 * The general reader's answer (importBytes' steps for text, which also take 'ask'), in the fast
 * reader's terms, records as a set (sorted).
 */
export function reference(file: RandomTextFile, duplicates: DuplicatePolicy) {
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

export function fast(
  file: RandomTextFile,
  duplicates: DuplicatePolicy,
  chunkBytes?: number,
  rowKernel?: VehicleKernelChoice,
) {
  const options = { file: file.name, duplicates, rowKernel };
  const outcome = importTextFast(file.bytes, options, chunkBytes);
  if (!outcome.eligible) return null;
  const { table } = outcome;
  return comparable(table.rowCount, table.mapping, table.result, table.issues, table.preview.rows);
}
