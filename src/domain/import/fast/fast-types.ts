import type { CountAhead } from './count-ahead-types';
import type { VehicleKernelChoice } from './vehicle-reader';
import type { DuplicatePolicy, NormalisedTable, TableMapping } from '../normalise/types';
import type { ImportIssue, ImportResult, RawTable, SheetInfo } from '../types';
import type { NotEligible } from './fast-table';

export interface FastImportOptions {
  file: string;
  /** Mappings the user confirmed before, by mappingKey of the table's headers. */
  mappings?: Record<string, TableMapping>;
  /** Default 'sum', as importBytes. */
  duplicates?: DuplicatePolicy;
  /** The kernel for per-vehicle CSV rows; default WebAssembly where it runs (the bench compares). */
  rowKernel?: VehicleKernelChoice;
  /** The file's size: for progress, and where a second reader starts. 0 or none when unknown. */
  totalBytes?: number;
  /** A second reader in another thread, for the later rows of a big per-vehicle file. */
  countAhead?: CountAhead;
  /** Where the second reader starts; by default past half of a file of 16 MiB or more (tests set it). */
  aheadFrom?: number;
}

/** A table read fast: what importBytes gives for it, but with only its first rows kept. */
export interface FastImportedTable {
  file: string;
  /** The header and the first rows, as the general reader gives them, with the file's notes. */
  preview: RawTable;
  /** RawTable.rows.length of the whole table: its header and every row that is not a blank line. */
  rowCount: number;
  /**
   * Rows past the preview's with only empty cells: in rowCount, though previewTable's totalRows
   * leaves them out. Unknown (taken as none) where a reader does not count them.
   */
  emptyRowsPastPreview?: number;
  mapping: TableMapping;
  mappingKey: string;
  /** Whether the mapping was remembered (true) or guessed from the rows. */
  remembered: boolean;
  /** normaliseTable on the whole table with `mapping`. */
  result: ImportResult<NormalisedTable>;
  /** The file's notes (encoding, delimiter, header, blank lines), as readTextTable's issues. */
  issues: ImportIssue[];
  /** Workbooks: the sheets, as ImportedFile.sheets. */
  sheets?: SheetInfo[];
}

export type FastImportOutcome = { eligible: true; table: FastImportedTable } | NotEligible;
