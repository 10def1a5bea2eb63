import { utils } from '@e965/xlsx';
import type { Cell, ImportIssue, ImportResult, RawTable } from '../types';
import { INVALID_DATE, NO_CACHED_VALUE } from './cell-value';
import { hiddenSheetNote, worksheetOf } from './open-workbook';
import { sheetRows } from './sheet-rows';
import type { Workbook } from './workbook';
import { workbookError } from './workbook-issues';

/** About 20 million cells is already several hundred megabytes of JavaScript values. */
export const MAX_SHEET_CELLS = 20_000_000;

/** One sheet's cells as a RawTable. Hidden sheets are read too, with a note that they are. */
export function readSheet(workbook: Workbook, sheetName: string): ImportResult<RawTable> {
  const { file, handle } = workbook;
  const index = handle.parsed.SheetNames.indexOf(sheetName);
  if (index === -1) {
    return workbookError(
      'sheet-not-found',
      file,
      `${file} has no sheet called "${sheetName}".`,
      `Choose one of: ${handle.parsed.SheetNames.map((name) => `"${name}"`).join(', ')}.`,
      { sheet: sheetName },
    );
  }
  const worksheet = worksheetOf(handle.parsed, sheetName);
  const read = sheetRows(worksheet, workbook.dateSystem, MAX_SHEET_CELLS);
  if (!read) {
    return workbookError(
      'sheet-too-large',
      file,
      `Sheet "${sheetName}" in ${file} has more than ${MAX_SHEET_CELLS.toLocaleString('en-US')} cells, too many to read in a browser tab.`,
      'Delete unused rows and columns, or split the data over several sheets or files.',
      { sheet: sheetName },
    );
  }

  const notes: ImportIssue[] = [];
  const visibility = handle.visibility[index];
  if (visibility === 'hidden' || visibility === 'very-hidden') {
    notes.push(hiddenSheetNote(file, sheetName, visibility));
  }
  const merges = workbook.sheets[index]?.merges ?? [];
  if (merges.length > 0) {
    notes.push({
      code: 'merged-cells',
      severity: 'info',
      message: `Sheet "${sheetName}" in ${file} has merged cells (${merges.join(', ')}): each value was read from the top-left cell of its range; the other cells are empty.`,
      file,
      sheet: sheetName,
    });
  }

  const table: RawTable = {
    file,
    sheet: sheetName,
    rows: read.rows,
    rowNumbers: read.rowNumbers,
    notes,
  };
  return { ok: true, value: table, issues: cellIssues(table) };
}

/** One warning per kind of unreadable cell, naming the first one and counting the rest. */
function cellIssues(table: RawTable): ImportIssue[] {
  const first = new Map<string, { row: number; column: string; count: number }>();
  table.rows.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      const code = warningCode(cell);
      if (!code) return;
      const seen = first.get(code);
      if (seen) seen.count++;
      else {
        first.set(code, {
          row: table.rowNumbers[rowIndex] ?? rowIndex + 1,
          column: utils.encode_col(column),
          count: 1,
        });
      }
    });
  });
  return [...first].map(([code, { row, column, count }]) => ({
    code,
    severity: 'warning',
    message: cellMessage(code, table, `${column}${row}`),
    file: table.file,
    sheet: table.sheet ?? undefined,
    row,
    column,
    hint: cellHint(code),
    ...(count > 1 ? { moreLikeThis: count - 1 } : {}),
  }));
}

function warningCode(cell: Cell): string | null {
  if (cell === null || typeof cell !== 'object' || cell.kind !== 'error') return null;
  return cell.code === NO_CACHED_VALUE || cell.code === INVALID_DATE ? cell.code : null;
}

function cellMessage(code: string, table: RawTable, address: string): string {
  const where = `cell ${address} of sheet "${table.sheet ?? ''}" in ${table.file}`;
  return code === NO_CACHED_VALUE
    ? `The formula in ${where} has no saved result, so it is left empty rather than read as 0.`
    : `The date in ${where} is not a real calendar day (for example Excel's 1900-02-29).`;
}

function cellHint(code: string): string {
  return code === NO_CACHED_VALUE
    ? 'Open the file in Excel or LibreOffice, let it recalculate, save it and upload again.'
    : 'Correct the date in the sheet, or clear the cell.';
}
