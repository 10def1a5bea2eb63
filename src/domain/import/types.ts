import type { CalendarDay } from '../records/calendar-day';

/** A date cell read from a workbook, already resolved to its calendar day (1900/1904 applied). */
export interface DateCell {
  kind: 'date';
  day: CalendarDay;
}

/** A formula with no cached value, or an error value such as #N/A. Never read as 0. */
export interface ErrorCell {
  kind: 'error';
  code: string;
}

export type Cell = string | number | boolean | DateCell | ErrorCell | null;

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem or a note about the input, always saying where: file, sheet (workbooks), row (as the
 * user sees it: the line in a text file, the row number in a sheet) and column (header text or
 * letter). `hint` says what to do about it.
 */
export interface ImportIssue {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  hint?: string;
  /** "312 more rows like this" when issues of one kind were summarised. */
  moreLikeThis?: number;
}

export type ImportResult<T> =
  | { ok: true; value: T; issues: ImportIssue[] }
  | { ok: false; error: ImportIssue; issues: ImportIssue[] };

/** A table as read from a file or a sheet, before any meaning is given to its columns. */
export interface RawTable {
  file: string;
  /** The sheet's name for workbooks; null for delimited text. */
  sheet: string | null;
  /** Rows as read, the header row first. Trailing empty rows are dropped. */
  rows: Cell[][];
  /** rowNumbers[i] is the 1-based row or line number of rows[i] in the source, for messages. */
  rowNumbers: number[];
  /** Notes about reading it: detected encoding and delimiter, merged cells, hidden sheet, … */
  notes: ImportIssue[];
}

export interface SheetInfo {
  name: string;
  rowCount: number;
  hidden: boolean;
  /** Merged ranges in A1 notation, e.g. "A1:B2". */
  merges: string[];
}
