import { isoFromDay, partsFromDay, type CalendarDay } from '../../records/calendar-day';
import type { ImportIssue, RawTable } from '../types';
import { placeText, tableIssue } from './table-columns';

/** A date as read from a row, kept to check it against the rest of the table. */
export interface DateSeen {
  day: CalendarDay;
  row: number;
  column: string;
}

/** Two dates further apart than this, with no date between them, split the table's dates. */
export const FAR_DAYS = Math.round(3 * 365.25);
export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;

export function isOutsideCentury(day: CalendarDay): boolean {
  const { year } = partsFromDay(day);
  return year < EARLIEST_YEAR || year > LATEST_YEAR;
}

/** The days most of a table's dates lie between. */
export interface DateBulk {
  from: CalendarDay;
  to: CalendarDay;
}

/**
 * Where the table's dates gather: the dates in order, split wherever two neighbours are more
 * than three years apart, and the run holding the most of them (the later run on a tie). Eight
 * years of quarterly figures are one run; a 2091 typed for 2019 is a run of its own. Dates
 * outside 2000–2100 are left out: they are flagged whatever the others are. `days` gives each
 * distinct day once, ascending, with how many dates fell on it; null when none counts.
 */
export function dateBulk(
  days: Iterable<readonly [day: CalendarDay, count: number]>,
): DateBulk | null {
  let best: DateBulk | null = null;
  let bestCount = 0;
  let run: DateBulk | null = null;
  let runCount = 0;
  for (const [day, count] of days) {
    if (count <= 0 || isOutsideCentury(day)) continue;
    if (run === null || day - run.to > FAR_DAYS) {
      run = { from: day, to: day };
      runCount = 0;
    }
    run.to = day;
    runCount += count;
    if (runCount >= bestCount) {
      best = run;
      bestCount = runCount;
    }
  }
  return best === null ? null : { from: best.from, to: best.to };
}

/** Whether a date is probably a typing or format mistake: outside 2000–2100 or the bulk. */
export function isFarDate(day: CalendarDay, bulk: DateBulk | null): boolean {
  return isOutsideCentury(day) || (bulk !== null && (day < bulk.from || day > bulk.to));
}

/** The warning for a far date (isFarDate): where it is, and what it is far from. */
export function farDateIssue(
  table: RawTable,
  { day, row, column }: DateSeen,
  bulk: DateBulk | null,
): ImportIssue {
  const others =
    bulk === null
      ? ''
      : bulk.from === bulk.to
        ? ` (most dates are on ${isoFromDay(bulk.from)})`
        : ` (most dates run from ${isoFromDay(bulk.from)} to ${isoFromDay(bulk.to)})`;
  const why = isOutsideCentury(day)
    ? `is outside ${EARLIEST_YEAR}–${LATEST_YEAR}`
    : `is more than three years from the other dates${others}`;
  return tableIssue(table, {
    code: 'date-out-of-range',
    severity: 'warning',
    message: `${placeText(table, row, column)}: ${isoFromDay(day)} ${why}. The row is kept.`,
    row,
    column,
    hint: 'Check the date, or the date order chosen for this column.',
  });
}

/** Each distinct day once, ascending, with how many of `seen` fell on it. */
function dayCounts(seen: readonly DateSeen[]): [CalendarDay, number][] {
  const counts = new Map<CalendarDay, number>();
  for (const { day } of seen) counts.set(day, (counts.get(day) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]);
}

/**
 * Warns about dates that are probably typing or format mistakes: apart from the bulk of the
 * table's dates by more than three years, or outside 2000–2100. The rows are kept; the warning
 * names them.
 */
export function farDateIssues(table: RawTable, seen: readonly DateSeen[]): ImportIssue[] {
  if (seen.length === 0) return [];
  const bulk = dateBulk(dayCounts(seen));
  return seen.filter(({ day }) => isFarDate(day, bulk)).map((s) => farDateIssue(table, s, bulk));
}
