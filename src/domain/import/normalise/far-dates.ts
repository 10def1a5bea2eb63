import { isoFromDay, partsFromDay, type CalendarDay } from '../../records/calendar-day';
import type { ImportIssue, RawTable } from '../types';
import { tableIssue } from './table-columns';

/** A date as read from a row, kept to check it against the rest of the table. */
export interface DateSeen {
  day: CalendarDay;
  row: number;
  column: string;
}

const FAR_DAYS = Math.round(3 * 365.25);
export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;

export function isOutsideCentury(day: CalendarDay): boolean {
  const { year } = partsFromDay(day);
  return year < EARLIEST_YEAR || year > LATEST_YEAR;
}

function median(days: CalendarDay[]): CalendarDay {
  const sorted = [...days].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/**
 * Warns about dates that are probably typing or format mistakes: more than three years from the
 * table's median date, or outside 2000–2100. The rows are kept; the warning names them.
 */
export function farDateIssues(table: RawTable, seen: readonly DateSeen[]): ImportIssue[] {
  if (seen.length === 0) return [];
  const middle = median(seen.map((s) => s.day));
  const issues: ImportIssue[] = [];
  for (const { day, row, column } of seen) {
    const outside = isOutsideCentury(day);
    if (!outside && Math.abs(day - middle) <= FAR_DAYS) continue;
    const why = outside
      ? `is outside ${EARLIEST_YEAR}–${LATEST_YEAR}`
      : `is more than three years from the other dates (around ${isoFromDay(middle)})`;
    issues.push(
      tableIssue(table, {
        code: 'date-out-of-range',
        severity: 'warning',
        message: `Row ${row}, ${column}: ${isoFromDay(day)} ${why}.`,
        row,
        column,
        hint: 'Check the date, or the date order chosen for this column.',
      }),
    );
  }
  return issues;
}
