import { readTextTable } from '../domain/import/text';
import type { ImportIssue, ImportResult, RawTable, SheetInfo } from '../domain/import/types';
import { openWorkbook, readSheet, sniffFormat } from '../domain/import/workbook';

export interface ReadTable {
  /** The sheet's name; '' for delimited text. */
  key: string;
  sheet: SheetInfo | null;
  /** null when the sheet could not be read; `problem` says why. */
  raw: RawTable | null;
  problem: ImportIssue | null;
}

export interface ReadFile {
  format: 'text' | 'xlsx' | 'xls' | 'ods';
  tables: ReadTable[];
}

/**
 * Every table of a file: the one table of a delimited-text file, or every sheet of a workbook,
 * hidden ones included (the user may choose them). Unlike importBytes, which imports the sheets
 * it is told to, this lists them all for the import dialog. A sheet that cannot be read does not
 * stop the others; it is listed with its problem.
 */
export function readTables(bytes: Uint8Array, file: string): ImportResult<ReadFile> {
  if (sniffFormat(bytes, file) === 'text') {
    const read = readTextTable(bytes, file);
    if (!read.ok) return read;
    const table: ReadTable = { key: '', sheet: null, raw: read.value, problem: null };
    return { ok: true, value: { format: 'text', tables: [table] }, issues: read.issues };
  }
  // openWorkbook also refuses what is no spreadsheet at all: binary, password-protected, other zips.
  const opened = openWorkbook(bytes, file);
  if (!opened.ok) return opened;
  const workbook = opened.value;
  // Plain serial numbers in a date column depend on the workbook's date system; the table says so
  // (as importBytes does), for the column's date detection.
  const dateSystemNotes = opened.issues.filter((issue) => issue.code === 'date-system-1904');
  const tables = workbook.sheets.map((sheet): ReadTable => {
    const read = readSheet(workbook, sheet.name);
    if (!read.ok) return { key: sheet.name, sheet, raw: null, problem: read.error };
    const raw = { ...read.value, notes: [...read.value.notes, ...dateSystemNotes] };
    return { key: sheet.name, sheet, raw, problem: null };
  });
  return { ok: true, value: { format: workbook.format, tables }, issues: opened.issues };
}
