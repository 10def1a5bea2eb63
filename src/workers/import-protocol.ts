import type { DuplicatePolicy, TableMapping, TablePreview } from '../domain/import/normalise';
import type { ImportIssue, ImportResult, SheetInfo } from '../domain/import/types';
import type { Dataset, Granularity } from '../domain/records/dataset';
import type { CalendarDay } from '../domain/records/calendar-day';

/**
 * Messages between the page and the import worker. `id` names a file of the import session,
 * `requestId` one request about it (several previews of one file may be in flight).
 */

/** The mapping chosen for one table (sheet) of a file. */
export interface TableChoice {
  /** The sheet's name; '' for delimited text. */
  table: string;
  mapping: TableMapping;
}

/**
 * The data already loaded, as the importer merges new files into it. `mirror` means "what the
 * worker built last time": the worker still holds it per file, so a file loaded again replaces
 * its earlier version. `dataset` is sent whole and counts as one source; `datasets` are the
 * stored datasets one by one, each counting as a source of its own (a file loaded again
 * replaces the dataset of that file, overlaps name the dataset they are in).
 */
export type ExistingData =
  | { kind: 'none' }
  | { kind: 'mirror' }
  | { kind: 'dataset'; dataset: Dataset; sources: string[] }
  | { kind: 'datasets'; datasets: { dataset: Dataset; sources: string[] }[] };

export type ImportRequest =
  /**
   * `source` is the File itself (or a Blob of pasted cells): it is cloned as a handle, not its
   * bytes, and the worker streams it. `file` is the name used in messages.
   */
  | { type: 'open'; id: string; requestId: number; source: Blob; file: string }
  | {
      type: 'preview';
      id: string;
      requestId: number;
      table: string;
      mapping: TableMapping;
    }
  | {
      type: 'normalise';
      id: string;
      requestId: number;
      tables: TableChoice[];
      duplicates: DuplicatePolicy;
      existing: ExistingData;
      /**
       * The page keeps the file as a dataset of its own: only `fileDataset` is built (the
       * merged `dataset` is null); overlaps with the data already loaded are still reported.
       */
      fileOnly?: boolean;
    }
  | { type: 'cancel'; id: string };

/** A table read with a mapping: the first rows as they will be read and a dry run of the import. */
export interface TableCheck {
  /** The mapping with formats detected for columns whose role was changed. */
  mapping: TableMapping;
  preview: TablePreview;
  /** Groups of rows that describe the same day, region and model (or the same vehicle). */
  duplicates: number;
  /** First duplicate, for people: "2019-06-29 · Norway · Model 3 (rows 4, 9)". */
  duplicateExample: string | null;
  /** Records the table gives with this mapping; null when it cannot be imported as mapped. */
  recordCount: number | null;
  /** Why it cannot be imported as mapped (unanswered questions excepted, the dialog asks those). */
  error: ImportIssue | null;
  /** Warnings and notes the import would give. */
  issues: ImportIssue[];
}

export interface OpenedTable {
  /** The sheet's name; '' for delimited text. */
  table: string;
  sheet: SheetInfo | null;
  /** mappingKey of the header row, to recall the mapping chosen for the same headers before. */
  mappingKey: string;
  guessed: TableMapping;
  check: TableCheck;
  /** Detected encoding and delimiter, merged cells, hidden sheet, … */
  notes: ImportIssue[];
}

export interface OpenedFile {
  file: string;
  format: 'text' | 'xlsx' | 'xls' | 'ods';
  tables: OpenedTable[];
  /**
   * 'fast': streamed by the fast reader, which keeps only the first rows; 'general': read whole
   * by readTables, with `generalBecause` saying why the fast reader left it.
   */
  reader: 'fast' | 'general';
  generalBecause: string | null;
}

export interface ImportedData {
  /** The data already loaded with this file merged in; null when only the file was asked for. */
  dataset: Dataset | null;
  sources: string[];
  /** This file's records alone (sources: the file), to keep as a dataset of its own. */
  fileDataset: Dataset;
  /** Records this file gave. */
  recordCount: number;
  granularity: Granularity;
  dateRange: [CalendarDay, CalendarDay];
}

export type ImportResponse =
  | {
      type: 'progress';
      id: string;
      requestId: number;
      stage: 'parsing' | 'checking' | 'normalising';
      rows: number;
      /** How far through the file the worker is, in bytes of the file (null: not known). */
      bytesRead: number | null;
    }
  | { type: 'opened'; id: string; requestId: number; result: ImportResult<OpenedFile> }
  | { type: 'previewed'; id: string; requestId: number; result: ImportResult<TableCheck> }
  | { type: 'normalised'; id: string; requestId: number; result: ImportResult<ImportedData> }
  /** A bug in the worker: the request is answered so the page does not wait for ever. */
  | { type: 'failed'; id: string; requestId: number; message: string };

/** Transfer lists: typed arrays move between threads without a copy. */
export function datasetTransferables(dataset: Dataset): ArrayBuffer[] {
  const arrays = [
    dataset.days,
    dataset.regionIndex,
    dataset.modelIndex,
    dataset.granularity,
    ...Object.values(dataset.measures),
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}
