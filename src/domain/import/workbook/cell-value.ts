import type { CellObject } from '@e965/xlsx';
import { dayFromIso } from '../../records/calendar-day';
import type { Cell } from '../types';
import { dayFromSerial, isDateFormat, type DateSystem } from './date-serial';

export const NO_CACHED_VALUE = 'no-cached-value';
export const INVALID_DATE = 'invalid-date';

/** SheetJS keeps error cells as their BIFF code; people know them by their text. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * One SheetJS cell (read with cellDates: false, cellNF: true, sheetStubs: true) as a Cell.
 * Formulas give their cached value; a formula stub with no cached value is an error cell, never 0.
 */
export function cellFromSheetJs(cell: CellObject | undefined, dateSystem: DateSystem): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 'z':
      return cell.f === undefined ? null : { kind: 'error', code: NO_CACHED_VALUE };
    case 'e':
      return { kind: 'error', code: errorText(cell.v) };
    case 'b':
      return cell.v === true;
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'n':
      return numberCell(cell, dateSystem);
    case 'd':
      return dateTypedCell(cell.v);
  }
}

function numberCell(cell: CellObject, dateSystem: DateSystem): Cell {
  const value = cell.v;
  if (typeof value !== 'number') return null;
  if (!isDateFormat(cell.z === undefined ? undefined : String(cell.z))) return value;
  const day = dayFromSerial(value, dateSystem);
  return day === null ? { kind: 'error', code: INVALID_DATE } : { kind: 'date', day };
}

/** SheetJS only makes 'd' cells from ISO text when cellDates is on; kept for safety. */
function dateTypedCell(value: CellObject['v']): Cell {
  const iso = typeof value === 'string' ? value.slice(0, 10) : '';
  const day = dayFromIso(iso);
  return day === null ? { kind: 'error', code: INVALID_DATE } : { kind: 'date', day };
}

function errorText(value: CellObject['v']): string {
  if (typeof value === 'number') return ERROR_TEXT[value] ?? `#ERROR(${value})`;
  return typeof value === 'string' && value !== '' ? value : '#ERROR';
}
