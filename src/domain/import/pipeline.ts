import type { ImportIssue, ImportResult, RawTable, SheetInfo } from './types';
import { guessMapping, mappingKey, findHeaderRow } from './normalise/guess-mapping';
import { normaliseTable } from './normalise/normalise-table';
import { headerTexts } from './normalise/table-columns';
import type { NormalisedTable, TableMapping } from './normalise/types';
import { readTextTable } from './text';
import { openWorkbook, readSheet, sniffFormat } from './workbook';
import type { Workbook } from './workbook';
import { importTextFast, importXlsxFast, type FastImportOutcome } from './fast';

export interface ImportOptions {
  /** Sheets to import; by default every visible sheet that has rows. */
  sheets?: string[];
  /** Mappings the user confirmed before, by mappingKey of the table's headers. */
  mappings?: Record<string, TableMapping>;
  /** What to do with rows of the same date, region and model; default 'sum' (they are listed either way). */
  duplicates?: 'sum' | 'keep-last';
}

export interface ImportedTable {
  /** The sheet's name; null for delimited text. */
  sheet: string | null;
  table: RawTable;
  mapping: TableMapping;
  /** The key under which the user's corrections to the mapping are remembered. */
  mappingKey: string;
  result: ImportResult<NormalisedTable>;
  /**
   * Set by importBytesFast when the fast reader read the table: `table` then holds only the
   * header and first rows (a preview), and this is how many rows the whole table had.
   */
  previewOf?: number;
}

export interface ImportedFile {
  file: string;
  tables: ImportedTable[];
  /** Every sheet of a workbook, hidden ones marked; absent for delimited text. */
  sheets?: SheetInfo[];
}

function importTable(table: RawTable, options: ImportOptions): ImportedTable {
  const key = mappingKey(headerTexts(table, findHeaderRow(table)));
  const remembered =
    options.mappings && Object.hasOwn(options.mappings, key) ? options.mappings[key] : undefined;
  const mapping = remembered ?? guessMapping(table);
  const result = normaliseTable(table, mapping, { duplicates: options.duplicates ?? 'sum' });
  return { sheet: table.sheet, table, mapping, mappingKey: key, result };
}

function readSheets(
  workbook: Workbook,
  chosen: string[] | undefined,
  workbookIssues: ImportIssue[],
): { tables: RawTable[]; issues: ImportIssue[] } {
  const names =
    chosen ?? workbook.sheets.filter((s) => !s.hidden && s.rowCount > 0).map((s) => s.name);
  // Plain serial numbers in a date column depend on the workbook's date system; the table says so.
  const dateSystemNotes = workbookIssues.filter((issue) => issue.code === 'date-system-1904');
  const tables: RawTable[] = [];
  const issues: ImportIssue[] = [];
  for (const name of names) {
    const read = readSheet(workbook, name);
    if (!read.ok) {
      issues.push(read.error, ...read.issues);
      continue;
    }
    issues.push(...read.issues);
    tables.push({ ...read.value, notes: [...read.value.notes, ...dateSystemNotes] });
  }
  return { tables, issues };
}

/**
 * Reads a file's bytes into normalised tables: delimited text or a workbook (each chosen sheet),
 * a mapping per table (remembered for its headers, or guessed), and the table normalised with it.
 * Refuses only when the file cannot be read at all; a table that cannot be normalised carries its
 * own refusal, so the other sheets still import.
 */
export function importBytes(
  bytes: Uint8Array,
  file: string,
  options: ImportOptions = {},
): ImportResult<ImportedFile> {
  if (sniffFormat(bytes, file) === 'text') {
    const read = readTextTable(bytes, file);
    if (!read.ok) return read;
    return {
      ok: true,
      value: { file, tables: [importTable(read.value, options)] },
      issues: read.issues,
    };
  }
  const opened = openWorkbook(bytes, file);
  if (!opened.ok) return opened;
  const workbook = opened.value;
  const { tables, issues } = readSheets(workbook, options.sheets, opened.issues);
  const allIssues = [...opened.issues, ...issues];
  const firstError = issues.find((issue) => issue.severity === 'error');
  if (tables.length === 0 && firstError) {
    return {
      ok: false,
      error: firstError,
      issues: allIssues.filter((issue) => issue !== firstError),
    };
  }
  return {
    ok: true,
    value: {
      file,
      tables: tables.map((table) => importTable(table, options)),
      sheets: workbook.sheets,
    },
    issues: allIssues,
  };
}

/**
 * importBytes with the fast reader (fast/) for what it takes: delimited text and one-sheet XLSX
 * workbooks of the daily and per-vehicle shapes. The result is the same, except that a table
 * read fast keeps only its first rows (`previewOf` says so). Everything else, and any file the
 * fast reader turns down, goes through importBytes.
 */
export function importBytesFast(
  bytes: Uint8Array,
  file: string,
  options: ImportOptions = {},
): ImportResult<ImportedFile> {
  const fastOptions = {
    file,
    ...(options.mappings ? { mappings: options.mappings } : {}),
    duplicates: options.duplicates ?? 'sum',
  };
  const format = sniffFormat(bytes, file);
  let outcome: FastImportOutcome | null = null;
  if (format === 'text') outcome = importTextFast(bytes, fastOptions);
  else if (format === 'xlsx' && options.sheets === undefined)
    outcome = importXlsxFast(bytes, fastOptions);
  if (outcome === null || !outcome.eligible) return importBytes(bytes, file, options);
  const { table } = outcome;
  const imported: ImportedTable = {
    sheet: table.preview.sheet,
    table: table.preview,
    mapping: table.mapping,
    mappingKey: table.mappingKey,
    result: table.result,
    previewOf: table.rowCount,
  };
  return {
    ok: true,
    value: { file, tables: [imported], ...(table.sheets ? { sheets: table.sheets } : {}) },
    issues: table.issues,
  };
}
