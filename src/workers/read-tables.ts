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

function refuse(file: string, code: string, message: string, hint: string): ImportResult<never> {
  const error: ImportIssue = { code, severity: 'error', message, file, hint };
  return { ok: false, error, issues: [] };
}

/**
 * Every table of a file: the one table of a delimited-text file, or every sheet of a workbook
 * (hidden ones included: the user may choose them). A sheet that cannot be read does not stop
 * the others; it is listed with its problem.
 */
export function readTables(bytes: Uint8Array, file: string): ImportResult<ReadFile> {
  const format = sniffFormat(bytes, file);
  switch (format) {
    case 'text': {
      const read = readTextTable(bytes, file);
      if (!read.ok) return read;
      return {
        ok: true,
        value: { format, tables: [{ key: '', sheet: null, raw: read.value, problem: null }] },
        issues: read.issues,
      };
    }
    case 'xlsx':
    case 'xls':
    case 'ods': {
      const opened = openWorkbook(bytes, file);
      if (!opened.ok) return opened;
      const workbook = opened.value;
      const issues = [...opened.issues];
      const tables = workbook.sheets.map((sheet): ReadTable => {
        const read = readSheet(workbook, sheet.name);
        if (!read.ok) return { key: sheet.name, sheet, raw: null, problem: read.error };
        return { key: sheet.name, sheet, raw: read.value, problem: null };
      });
      return { ok: true, value: { format, tables }, issues };
    }
    case 'encrypted-workbook':
      return refuse(
        file,
        'encrypted-workbook',
        `${file} is protected with a password, so it cannot be read.`,
        'Open it in its spreadsheet program, remove the password and save it again.',
      );
    case 'zip-other':
      return refuse(
        file,
        'not-a-spreadsheet',
        `${file} is a zip archive but not a spreadsheet (XLSX or ODS).`,
        'Unzip it and upload the spreadsheets inside.',
      );
    case 'binary':
      return refuse(
        file,
        'not-a-spreadsheet',
        `${file} is not a spreadsheet or a text table.`,
        'Upload CSV, TSV, XLSX, XLS or ODS files, or paste cells copied from a spreadsheet.',
      );
  }
}
