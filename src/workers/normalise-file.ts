import { mergeTables, type FileRecords, type NormalisedTable } from '../domain/import/normalise';
import type { ImportIssue, ImportResult } from '../domain/import/types';
import { datasetFromRecords, recordsFromDataset } from '../domain/records/build-dataset';
import type { DailyRecord, Dataset, Granularity } from '../domain/records/dataset';
import type { ExistingData, ImportedData } from './import-protocol';

/** A file already merged into the loaded data, kept so that loading it again replaces it. */
export interface LoadedSource {
  file: string;
  /** The names to list as sources: the file, or those of a dataset loaded from elsewhere. */
  sources: string[];
  dataset: Dataset;
}

const COARSENESS: Record<Granularity, number> = { day: 0, month: 1, quarter: 2 };

function fileRecords(sources: readonly LoadedSource[]): FileRecords[] {
  return sources.map((source) => ({
    file: source.file,
    records: recordsFromDataset(source.dataset),
  }));
}

function loadedSource(dataset: Dataset, sources: string[]): LoadedSource {
  const file =
    sources.length === 1 && sources[0]
      ? sources[0]
      : sources.join(' + ') || 'the data already loaded';
  return { file, sources, dataset };
}

/** The data a file is merged into: none, what the worker built last (mirror), or what the page sends. */
export function loadedBefore(existing: ExistingData, mirror: LoadedSource[]): LoadedSource[] {
  switch (existing.kind) {
    case 'none':
      return [];
    case 'mirror':
      return mirror;
    case 'dataset':
      // Data from storage or the sample has no per-file split: it counts as one source.
      return [loadedSource(existing.dataset, existing.sources)];
    case 'datasets':
      return existing.datasets.map(({ dataset, sources }) => loadedSource(dataset, sources));
  }
}

/**
 * Merges the tables a file gave (each normalised with the user's mapping, in the order chosen)
 * into the data loaded before it. The first table that cannot be imported refuses the file.
 * `fileOnly`: the merged dataset is not built (the page keeps the file's own dataset).
 */
export function mergeFile(
  file: string,
  tables: readonly ImportResult<NormalisedTable>[],
  before: LoadedSource[],
  fileOnly = false,
): { result: ImportResult<ImportedData>; loaded: LoadedSource[] } {
  const issues: ImportIssue[] = [];
  const records: DailyRecord[] = [];
  let granularity: Granularity = 'day';
  let first = Infinity;
  let last = -Infinity;
  for (const normalised of tables) {
    // Loops, not push(...list): spreading a large table's rows overflows the call stack.
    for (const issue of normalised.issues) issues.push(issue);
    if (!normalised.ok)
      return { result: { ok: false, error: normalised.error, issues }, loaded: before };
    for (const record of normalised.value.records) records.push(record);
    if (COARSENESS[normalised.value.granularity] > COARSENESS[granularity])
      granularity = normalised.value.granularity;
    first = Math.min(first, normalised.value.dateRange[0]);
    last = Math.max(last, normalised.value.dateRange[1]);
  }
  if (records.length === 0) {
    const error: ImportIssue = {
      code: 'no-table-chosen',
      severity: 'error',
      message: `${file}: no sheet was chosen to import.`,
      file,
      hint: 'Tick at least one sheet.',
    };
    return { result: { ok: false, error, issues }, loaded: before };
  }
  // Nothing to merge with and no merged dataset wanted: no overlap or replacement to report.
  const merged =
    fileOnly && before.length === 0 ? null : mergeTables([{ file, records }], fileRecords(before));
  const fileDataset = datasetFromRecords(records, [file]);
  const loaded = [
    ...before.filter((source) => source.file !== file),
    { file, sources: [file], dataset: fileDataset },
  ];
  const sources = [...new Set(loaded.flatMap((source) => source.sources))];
  const value: ImportedData = {
    dataset: fileOnly || merged === null ? null : datasetFromRecords(merged.records, sources),
    sources,
    // Copied, not transferred: the worker keeps it to merge the next file.
    fileDataset,
    recordCount: records.length,
    granularity,
    dateRange: [first, last],
  };
  const overlaps = merged?.overlaps ?? [];
  return { result: { ok: true, value, issues: [...issues, ...overlaps] }, loaded };
}
