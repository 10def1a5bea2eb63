import { partsFromDay, type CalendarDay } from '../../records/calendar-day';
import type { Cell } from '../types';
import { monthSpan, parsePeriodText, quarterSpan, validDay } from './calendar-text';
import { cellText } from './cell-text';
import { classifyDateText, dayFromCompactNumber, dayFromSerial, isSerial } from './date-text';
import { normaliseHeader } from './header-synonyms';
import { isNoValueText, parseNumberText } from './number-text';
import type { ColumnMapping, DateOrder, PeriodSpan } from './types';

export interface CellProblem {
  code: 'bad-date' | 'bad-period' | 'bad-number' | 'error-cell';
  message: string;
}

/** A cell read for its column: a value, no value (null), or a problem (the value is then null). */
export interface CellReading<T> {
  value: T | null;
  problem?: CellProblem;
}

const NONE = { value: null };

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && isNoValueText(cell));
}

function errorCell(cell: Cell): CellProblem | null {
  if (cell !== null && typeof cell === 'object' && cell.kind === 'error') {
    return { code: 'error-cell', message: `The cell holds the error ${cell.code}, not a value.` };
  }
  return null;
}

function serialSystem(order: DateOrder | undefined, uses1904: boolean): 1900 | 1904 {
  if (order === 'serial1904') return 1904;
  if (order === 'serial1900') return 1900;
  return uses1904 ? 1904 : 1900;
}

function badDate(cell: Cell, why: string): CellReading<CalendarDay> {
  return { value: null, problem: { code: 'bad-date', message: `"${cellText(cell)}" ${why}` } };
}

export function readDateCell(
  cell: Cell,
  column: ColumnMapping,
  uses1904: boolean,
): CellReading<CalendarDay> {
  if (isBlank(cell)) return NONE;
  const error = errorCell(cell);
  if (error) return { value: null, problem: error };
  if (typeof cell === 'object' && cell !== null && cell.kind === 'date') return { value: cell.day };
  if (typeof cell === 'number') {
    if (isSerial(cell))
      return { value: dayFromSerial(cell, serialSystem(column.dateOrder, uses1904)) };
    const day = dayFromCompactNumber(cell);
    return day === null ? badDate(cell, 'is a number, not a date.') : { value: day };
  }
  if (typeof cell !== 'string') return badDate(cell, 'is not a date.');
  const text = classifyDateText(cell);
  if (text === null) return badDate(cell, 'is not a date.');
  if (text.kind === 'serial') {
    return { value: dayFromSerial(text.serial, serialSystem(column.dateOrder, uses1904)) };
  }
  let day: CalendarDay | null;
  if (text.kind === 'ymd') {
    day = validDay(text.year, text.month, text.day);
  } else if (column.dateOrder === 'dmy') {
    day = validDay(text.year, text.second, text.first);
  } else if (column.dateOrder === 'mdy') {
    day = validDay(text.year, text.first, text.second);
  } else if (text.first === text.second) {
    day = validDay(text.year, text.first, text.first);
  } else {
    return badDate(cell, 'could be day-first or month-first; the column has no date order.');
  }
  return day === null ? badDate(cell, 'is not a day of the calendar.') : { value: day };
}

function spanContaining(day: CalendarDay, quarterly: boolean): PeriodSpan {
  const { year, month } = partsFromDay(day);
  return quarterly ? quarterSpan(year, Math.floor((month - 1) / 3) + 1) : monthSpan(year, month);
}

/**
 * Reads a month or quarter label. A full date in a period column stands for the month (or, under
 * a "quarter" header, the quarter) that contains it: workbooks often store "Jun 2019" as 1 June.
 */
export function readPeriodCell(
  cell: Cell,
  column: ColumnMapping,
  uses1904: boolean,
): CellReading<PeriodSpan> {
  if (isBlank(cell)) return NONE;
  const error = errorCell(cell);
  if (error) return { value: null, problem: error };
  if (typeof cell === 'string') {
    const span = parsePeriodText(cell);
    if (span) return { value: span };
  }
  const quarterly = normaliseHeader(column.header).split(' ').includes('quarter');
  const asDate = readDateCell(cell, { ...column, dateOrder: column.dateOrder ?? 'ymd' }, uses1904);
  if (asDate.value !== null) return { value: spanContaining(asDate.value, quarterly) };
  return {
    value: null,
    problem: {
      code: 'bad-period',
      message: `"${cellText(cell)}" is not a month or quarter (like 2019-06, Jun 2019 or 2019-Q2).`,
    },
  };
}

export function readNumberCell(cell: Cell, column: ColumnMapping): CellReading<number> {
  if (isBlank(cell)) return NONE;
  const error = errorCell(cell);
  if (error) return { value: null, problem: error };
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { value: cell }
      : {
          value: null,
          problem: { code: 'bad-number', message: 'The cell is not a finite number.' },
        };
  }
  const value =
    typeof cell === 'string' ? parseNumberText(cell, column.numberLocale ?? 'none') : null;
  if (value !== null) return { value };
  const locale =
    column.numberLocale && column.numberLocale !== 'none' ? ` (${column.numberLocale} format)` : '';
  return {
    value: null,
    problem: { code: 'bad-number', message: `"${cellText(cell)}" is not a number${locale}.` },
  };
}
