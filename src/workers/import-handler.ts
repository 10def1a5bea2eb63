import {
  guessMapping,
  mappingKey,
  mergeTables,
  normaliseTable,
  type DuplicatePolicy,
  type FileRecords,
} from '../domain/import/normalise';
import { headerTexts } from '../domain/import/normalise/table-columns';
import type { ImportIssue, ImportResult, RawTable } from '../domain/import/types';
import { datasetFromRecords, recordsFromDataset } from '../domain/records/build-dataset';
import type { DailyRecord, Dataset, Granularity } from '../domain/records/dataset';
import { checkTable, reusableRecords, type DryRun } from './check-table';
import {
  datasetTransferables,
  type ExistingData,
  type ImportedData,
  type ImportRequest,
  type ImportResponse,
  type OpenedFile,
  type OpenedTable,
  type TableChoice,
} from './import-protocol';
import { readTables } from './read-tables';

export type PostResponse = (response: ImportResponse, transfer?: Transferable[]) => void;

interface OpenFile {
  file: string;
  tables: Map<string, RawTable>;
  /** The last dry run per table, reused by the import when it fits. */
  dryRuns: Map<string, DryRun>;
}

/** A file already merged into the loaded data, kept so that loading it again replaces it. */
interface LoadedSource {
  file: string;
  /** The names to list as sources: the file, or those of a dataset loaded from elsewhere. */
  sources: string[];
  dataset: Dataset;
}

const COARSENESS: Record<Granularity, number> = { day: 0, month: 1, quarter: 2 };

function openFile(
  id: string,
  requestId: number,
  bytes: Uint8Array,
  file: string,
  post: PostResponse,
): { result: ImportResult<OpenedFile>; open: OpenFile } {
  const tables = new Map<string, RawTable>();
  const dryRuns = new Map<string, DryRun>();
  const open: OpenFile = { file, tables, dryRuns };
  const read = readTables(bytes, file);
  if (!read.ok) return { result: read, open };
  let rows = 0;
  const opened: OpenedTable[] = read.value.tables.map((entry) => {
    const raw: RawTable = entry.raw ?? {
      file,
      sheet: entry.key || null,
      rows: [],
      rowNumbers: [],
      notes: [],
    };
    tables.set(entry.key, raw);
    rows += raw.rows.length;
    post({ type: 'progress', id, requestId, stage: 'checking', rows });
    const guessed = guessMapping(raw);
    const { check, dryRun } = checkTable(raw, guessed);
    dryRuns.set(entry.key, dryRun);
    return {
      table: entry.key,
      sheet: entry.sheet,
      mappingKey: mappingKey(headerTexts(raw, guessed.headerRow)),
      guessed: check.mapping,
      check: entry.problem ? { ...check, error: entry.problem } : check,
      notes: raw.notes,
    };
  });
  return {
    result: {
      ok: true,
      value: { file, format: read.value.format, tables: opened },
      issues: read.issues,
    },
    open,
  };
}

function fileRecords(sources: readonly LoadedSource[]): FileRecords[] {
  return sources.map((source) => ({
    file: source.file,
    records: recordsFromDataset(source.dataset),
  }));
}

function loadedBefore(existing: ExistingData, mirror: LoadedSource[]): LoadedSource[] {
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

function loadedSource(dataset: Dataset, sources: string[]): LoadedSource {
  const file =
    sources.length === 1 && sources[0]
      ? sources[0]
      : sources.join(' + ') || 'the data already loaded';
  return { file, sources, dataset };
}

function normaliseFile(
  open: OpenFile,
  choices: readonly TableChoice[],
  policy: DuplicatePolicy,
  before: LoadedSource[],
  report: (rows: number) => void,
): { result: ImportResult<ImportedData>; loaded: LoadedSource[] } {
  const issues: ImportIssue[] = [];
  const records: DailyRecord[] = [];
  let granularity: Granularity = 'day';
  let first = Infinity;
  let last = -Infinity;
  for (const choice of choices) {
    const raw = open.tables.get(choice.table);
    if (!raw) throw new Error(`No table "${choice.table}" was opened for ${open.file}`);
    const normalised =
      reusableRecords(open.dryRuns.get(choice.table), choice.mapping, policy) ??
      normaliseTable(raw, choice.mapping, { duplicates: policy });
    // Loops, not push(...list): spreading a large table's rows overflows the call stack.
    for (const issue of normalised.issues) issues.push(issue);
    if (!normalised.ok)
      return { result: { ok: false, error: normalised.error, issues }, loaded: before };
    for (const record of normalised.value.records) records.push(record);
    report(records.length);
    if (COARSENESS[normalised.value.granularity] > COARSENESS[granularity])
      granularity = normalised.value.granularity;
    first = Math.min(first, normalised.value.dateRange[0]);
    last = Math.max(last, normalised.value.dateRange[1]);
  }
  if (records.length === 0) {
    const error: ImportIssue = {
      code: 'no-table-chosen',
      severity: 'error',
      message: `${open.file}: no sheet was chosen to import.`,
      file: open.file,
      hint: 'Tick at least one sheet.',
    };
    return { result: { ok: false, error, issues }, loaded: before };
  }
  const merged = mergeTables([{ file: open.file, records }], fileRecords(before));
  const fileDataset = datasetFromRecords(records, [open.file]);
  const loaded = [
    ...before.filter((source) => source.file !== open.file),
    { file: open.file, sources: [open.file], dataset: fileDataset },
  ];
  const sources = [...new Set(loaded.flatMap((source) => source.sources))];
  const value: ImportedData = {
    dataset: datasetFromRecords(merged.records, sources),
    sources,
    // Copied, not transferred: the worker keeps it to merge the next file.
    fileDataset,
    recordCount: records.length,
    granularity,
    dateRange: [first, last],
  };
  return { result: { ok: true, value, issues: [...issues, ...merged.overlaps] }, loaded };
}

/**
 * The import worker's logic as a plain function, so that it runs the same in the worker and on
 * the page (when workers are unavailable) and can be tested without one. It keeps the tables of
 * opened files until they are imported or cancelled, and the files already loaded.
 */
export function createImportHandler(post: PostResponse): (request: ImportRequest) => void {
  const files = new Map<string, OpenFile>();
  let mirror: LoadedSource[] = [];

  const handle = (request: ImportRequest): void => {
    switch (request.type) {
      case 'open': {
        const { result, open } = openFile(
          request.id,
          request.requestId,
          new Uint8Array(request.bytes),
          request.file,
          post,
        );
        if (result.ok) files.set(request.id, open);
        post({ type: 'opened', id: request.id, requestId: request.requestId, result });
        return;
      }
      case 'preview': {
        const open = files.get(request.id);
        const raw = open?.tables.get(request.table);
        if (!open || !raw)
          throw new Error(`No table "${request.table}" is open for file ${request.id}`);
        const { check, dryRun } = checkTable(raw, request.mapping);
        open.dryRuns.set(request.table, dryRun);
        post({
          type: 'previewed',
          id: request.id,
          requestId: request.requestId,
          result: { ok: true, value: check, issues: [] },
        });
        return;
      }
      case 'normalise': {
        const open = files.get(request.id);
        if (!open) throw new Error(`File ${request.id} is not open`);
        const before = loadedBefore(request.existing, mirror);
        const report = (rows: number) =>
          post({
            type: 'progress',
            id: request.id,
            requestId: request.requestId,
            stage: 'normalising',
            rows,
          });
        const { result, loaded } = normaliseFile(
          open,
          request.tables,
          request.duplicates,
          before,
          report,
        );
        if (result.ok) {
          mirror = loaded;
          files.delete(request.id);
        }
        const transfer = result.ok ? datasetTransferables(result.value.dataset) : [];
        post(
          { type: 'normalised', id: request.id, requestId: request.requestId, result },
          transfer,
        );
        return;
      }
      case 'cancel':
        files.delete(request.id);
        return;
    }
  };

  return (request) => {
    try {
      handle(request);
    } catch (error) {
      // A bug, not a user error: answer the request so the page can say so instead of waiting.
      if (request.type === 'cancel') throw error;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      post({ type: 'failed', id: request.id, requestId: request.requestId, message });
    }
  };
}
