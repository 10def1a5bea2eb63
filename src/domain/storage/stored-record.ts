import type { ImportResult } from '../import/types';
import type { Dataset } from '../records/dataset';
import type { StoredDatasetRecord, StoredMapping } from './schema';
import { fromStored, toStored } from './stored-dataset';

/** A stored dataset as the app uses it: the record's facts and the dataset read back. */
export interface DatasetEntry {
  id: string;
  name: string;
  sources: string[];
  importedAt: number;
  mappings: StoredMapping[];
  revision: number;
  dataset: Dataset;
}

export function toStoredRecord(entry: DatasetEntry): StoredDatasetRecord {
  return {
    id: entry.id,
    name: entry.name,
    sources: [...entry.sources],
    importedAt: entry.importedAt,
    mappings: entry.mappings,
    payload: toStored(entry.dataset),
    revision: entry.revision,
  };
}

function isMapping(value: unknown): value is StoredMapping {
  if (typeof value !== 'object' || value === null) return false;
  const { file, table, mapping } = value as Partial<Record<keyof StoredMapping, unknown>>;
  return (
    typeof file === 'string' &&
    typeof table === 'string' &&
    typeof mapping === 'object' &&
    mapping !== null &&
    Array.isArray((mapping as { columns?: unknown }).columns)
  );
}

/** Reads one row of the `datasets` store, checking its shape; a bad row gives an error value. */
export function fromStoredRecord(value: unknown): ImportResult<DatasetEntry> {
  const row = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof StoredDatasetRecord, unknown>
  >;
  const place = typeof row.name === 'string' ? row.name : typeof row.id === 'string' ? row.id : '?';
  const problem = (field: string, what: string): ImportResult<DatasetEntry> => ({
    ok: false,
    error: {
      code: 'stored-record-field',
      severity: 'error',
      message: `The stored dataset "${place}" cannot be read: its ${field} ${what}.`,
      file: place,
      column: field,
      hint: 'Remove it from the dataset list and import its files again.',
    },
    issues: [],
  });
  if (typeof row.id !== 'string' || row.id === '') return problem('id', 'is missing');
  if (typeof row.name !== 'string') return problem('name', 'is not a text');
  if (!Array.isArray(row.sources) || !row.sources.every((source) => typeof source === 'string')) {
    return problem('sources', 'is not a list of file names');
  }
  if (typeof row.importedAt !== 'number' || !Number.isFinite(row.importedAt)) {
    return problem('importedAt', 'is not a time');
  }
  if (!Array.isArray(row.mappings) || !row.mappings.every(isMapping)) {
    return problem('mappings', 'is not a list of column mappings');
  }
  if (typeof row.revision !== 'number' || !Number.isSafeInteger(row.revision)) {
    return problem('revision', 'is not a whole number');
  }
  const dataset = fromStored(row.payload, place);
  if (!dataset.ok) return dataset;
  return {
    ok: true,
    value: {
      id: row.id,
      name: row.name,
      sources: row.sources as string[],
      importedAt: row.importedAt,
      mappings: row.mappings,
      revision: row.revision,
      dataset: dataset.value,
    },
    issues: [],
  };
}
