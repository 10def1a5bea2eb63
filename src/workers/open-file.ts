import {
  importTextStream,
  importXlsxBytes,
  type ImportProgress,
  type StreamImportOutcome,
} from '../domain/import/fast';
import type { CountAhead } from '../domain/import/fast/count-ahead-types';
import type { DuplicatePolicy, TableMapping } from '../domain/import/normalise';
import type { ImportResult, RawTable } from '../domain/import/types';
import { sniffFormat } from '../domain/import/workbook';
import type { DryRun } from './check-table';
import { openedFastTable, type FastTable } from './fast-table-check';
import { readGeneralTables } from './general-tables';
import type { OpenedFile } from './import-protocol';
import { blobBytes, blobHead, reusedChunks } from './read-blob';

/** sniffFormat tells text by its first 64 KiB: the head says what the whole file would. */
const SNIFF_BYTES = 64 * 1024;

/** Cancelled work: nothing is answered or kept. */
export const CANCELLED = Symbol('cancelled');
export type Cancelled = typeof CANCELLED;

/** What a step of the worker needs: the file's stop signal and where its progress goes. */
export interface WorkContext {
  signal: AbortSignal;
  /** How far the work is: rows, and bytes of the file when known. */
  report: (rows: number, bytesRead: number | null) => void;
  progressEveryMs: number;
  /** A second reader for a big file's later rows, where a worker can start one. */
  countAhead?: (file: Blob) => CountAhead | undefined;
}

/** A file of the import session, as the worker keeps it until it is imported or skipped. */
export interface OpenFile {
  file: string;
  /** The File itself: read again, never held, when another mapping is tried. */
  source: Blob;
  /** Tables read whole by the general reader; empty while the fast reader has the file. */
  tables: Map<string, RawTable>;
  /** The one table the fast reader read; null once the general reader has the file. */
  fast: FastTable | null;
  /** The last dry run per table, reused by the import when it fits. */
  dryRuns: Map<string, DryRun>;
}

function streamOptions(
  file: string,
  source: Blob,
  context: WorkContext,
  extra: { mappings?: Record<string, TableMapping>; duplicates?: DuplicatePolicy } = {},
) {
  return {
    file,
    ...extra,
    totalBytes: source.size,
    countAhead: context.countAhead?.(source),
    progressEveryMs: context.progressEveryMs,
    signal: context.signal,
    // Workbook progress counts the compressed sheet's bytes: said as a share of the file.
    onProgress: ({ bytesRead, totalBytes, rowsRead }: ImportProgress) =>
      context.report(
        rowsRead,
        totalBytes > 0 ? Math.round((bytesRead / totalBytes) * source.size) : null,
      ),
  };
}

/**
 * Reads the table of a fast-read file again, whole, with another mapping or duplicate policy:
 * streamed from the File, never kept. `not eligible` means the general reader must read it.
 */
export async function rereadFast(
  open: OpenFile,
  fast: FastTable,
  mapping: TableMapping,
  duplicates: DuplicatePolicy,
  context: WorkContext,
): Promise<StreamImportOutcome> {
  // A computed key is an own property even when the headers make it "__proto__".
  const options = streamOptions(open.file, open.source, context, {
    mappings: { [fast.mappingKey]: mapping },
    duplicates,
  });
  if (fast.format === 'text') return importTextStream(reusedChunks(open.source), options);
  return importXlsxBytes(await blobBytes(open.source), options);
}

/** Hands a fast-read file to the general reader: every table read whole from now on. */
export async function readWhole(open: OpenFile, context: WorkContext): Promise<ImportResult<null>> {
  if (open.fast === null) return { ok: true, value: null, issues: [] };
  const read = readGeneralTables(await blobBytes(open.source), open.file, (rows) =>
    context.report(rows, null),
  );
  if (!read.ok) return read;
  open.fast = null;
  open.tables = read.value.raws;
  // The dry runs the fast reader made hold the same records: they stay.
  return { ok: true, value: null, issues: [] };
}

type Opened = { result: ImportResult<OpenedFile>; open: OpenFile };

async function readFast(
  source: Blob,
  file: string,
  context: WorkContext,
): Promise<{ opened: Opened | null; bytes: Uint8Array | null; why: string } | Cancelled> {
  const head = await blobHead(source, SNIFF_BYTES);
  const text = sniffFormat(head, file) === 'text';
  const bytes = text ? null : await blobBytes(source);
  const format = text ? 'text' : bytes && sniffFormat(bytes, file) === 'xlsx' ? 'xlsx' : null;
  if (format === null) return { opened: null, bytes, why: 'not delimited text or XLSX' };
  const options = streamOptions(file, source, context);
  const outcome =
    format === 'text'
      ? await importTextStream(reusedChunks(source), options)
      : await importXlsxBytes(bytes ?? new Uint8Array(0), options);
  if ('cancelled' in outcome) return CANCELLED;
  if (!outcome.eligible) return { opened: null, bytes, why: outcome.reason };
  // Read to the end: said before the dry run is described (a small workbook never paused).
  context.report(outcome.table.rowCount, source.size);
  const { opened, fast, dryRun } = openedFastTable(outcome.table, format);
  const open: OpenFile = {
    file,
    source,
    tables: new Map(),
    fast,
    dryRuns: new Map([[fast.table, dryRun]]),
  };
  const value: OpenedFile = {
    file,
    format,
    tables: [opened],
    reader: 'fast',
    generalBecause: null,
  };
  return {
    opened: { result: { ok: true, value, issues: outcome.table.issues }, open },
    bytes,
    why: '',
  };
}

/**
 * Opens a file for the import dialog: streamed by the fast reader when it takes the file (its
 * first rows kept for the preview), else read whole by the general reader, every sheet listed.
 */
export async function openFile(
  source: Blob,
  file: string,
  context: WorkContext,
  useFast: boolean,
): Promise<Opened | Cancelled> {
  let bytes: Uint8Array | null = null;
  let why = 'the fast reader is off';
  if (useFast) {
    const fast = await readFast(source, file, context);
    if (fast === CANCELLED) return CANCELLED;
    if (fast.opened) return fast.opened;
    ({ bytes, why } = fast);
  }
  if (context.signal.aborted) return CANCELLED;
  const read = readGeneralTables(bytes ?? (await blobBytes(source)), file, (rows) =>
    context.report(rows, null),
  );
  const open: OpenFile = { file, source, tables: new Map(), fast: null, dryRuns: new Map() };
  if (!read.ok) return { result: read, open };
  open.tables = read.value.raws;
  open.dryRuns = read.value.dryRuns;
  const value: OpenedFile = {
    file,
    format: read.value.format,
    tables: read.value.opened,
    reader: 'general',
    generalBecause: why,
  };
  return { result: { ok: true, value, issues: read.issues }, open };
}
