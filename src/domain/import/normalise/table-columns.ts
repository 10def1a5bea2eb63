import type { Cell, ImportIssue, RawTable } from '../types';
import { cellText } from './cell-text';
import type { ColumnMapping } from './types';

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** How a column is named in messages: its header, or its letter when the header is blank. */
export function columnName(column: Pick<ColumnMapping, 'header' | 'index'>): string {
  return column.header.trim() === '' ? `column ${columnLetter(column.index)}` : column.header;
}

export function columnCount(table: RawTable): number {
  return table.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
}

export function headerTexts(table: RawTable, headerRow: number): string[] {
  const row = table.rows[headerRow] ?? [];
  return Array.from({ length: columnCount(table) }, (_, i) => cellText(row[i] ?? null));
}

export function columnCells(table: RawTable, headerRow: number, index: number): Cell[] {
  return table.rows.slice(headerRow + 1).map((row) => row[index] ?? null);
}

/** The source row number of rows[index], for messages. */
export function sourceRow(table: RawTable, index: number): number {
  return table.rowNumbers[index] ?? index + 1;
}

/**
 * Whether the workbook uses the 1904 date system. The workbook reader says so with a note whose
 * code mentions 1904; its date cells are already resolved, this only matters for plain serials.
 */
export function tableUses1904(table: RawTable): boolean {
  return table.notes.some((note) => note.code.includes('1904'));
}

/** An issue about a place in a table: its file and sheet filled in. */
export function tableIssue(
  table: RawTable,
  issue: Omit<ImportIssue, 'file' | 'sheet'>,
): ImportIssue {
  return {
    ...issue,
    file: table.file,
    ...(table.sheet === null ? {} : { sheet: table.sheet }),
  };
}

/** "deliveries.xlsx › June, row 12, column "Date"" — where a message is about. */
export function placeText(table: RawTable, row?: number, column?: string): string {
  const parts = [table.sheet === null ? table.file : `${table.file} › ${table.sheet}`];
  if (row !== undefined) parts.push(`row ${row}`);
  if (column !== undefined) parts.push(`column "${column}"`);
  return parts.join(', ');
}
