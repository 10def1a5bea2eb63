import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { Cell } from '../types';
import { cellFromSheetJs } from './cell-value';
import type { DateSystem } from './date-serial';

/**
 * The sheet's rows that hold at least one value, built from the cells SheetJS actually read.
 * Nothing is sized from a declared <dimension> or !ref, which can claim A1:XFD1048576 for three
 * cells. Each row ends at its last value; empty rows are skipped (rowNumbers keep their places).
 * Returns null when the rows would hold more than `cellBudget` cells.
 */
export function sheetRows(
  worksheet: WorkSheet | undefined,
  dateSystem: DateSystem,
  cellBudget: number,
): { rows: Cell[][]; rowNumbers: number[] } | null {
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  let cellsLeft = cellBudget;
  for (const [rowIndex, sheetRow] of denseRows(worksheet)) {
    const filled: [number, Cell][] = [];
    sheetRow.forEach((sheetCell: CellObject | undefined, column) => {
      const cell = cellFromSheetJs(sheetCell, dateSystem);
      if (cell !== null) filled.push([column, cell]);
    });
    const last = filled.at(-1);
    if (!last) continue;
    cellsLeft -= last[0] + 1;
    if (cellsLeft < 0) return null;
    const row: Cell[] = new Array<Cell>(last[0] + 1).fill(null);
    for (const [column, cell] of filled) row[column] = cell;
    rows.push(row);
    rowNumbers.push(rowIndex + 1);
  }
  return { rows, rowNumbers };
}

/** How many rows hold at least one value; cheap enough to run on every sheet when opening. */
export function nonEmptyRowCount(worksheet: WorkSheet | undefined): number {
  let count = 0;
  for (const [, sheetRow] of denseRows(worksheet)) {
    // The date system cannot make a cell empty or not, so either will do here.
    if (sheetRow.some((sheetCell) => cellFromSheetJs(sheetCell, 1900) !== null)) count++;
  }
  return count;
}

/** The rows SheetJS stored, skipping the holes of its sparse arrays. */
function* denseRows(worksheet: WorkSheet | undefined): Generator<[number, CellObject[]]> {
  const data: unknown = worksheet?.['!data'];
  if (!Array.isArray(data)) return;
  const rows: (CellObject[] | undefined)[] = data;
  for (const key of Object.keys(rows)) {
    const rowIndex = Number(key);
    const sheetRow = rows[rowIndex];
    if (Number.isInteger(rowIndex) && Array.isArray(sheetRow)) yield [rowIndex, sheetRow];
  }
}
