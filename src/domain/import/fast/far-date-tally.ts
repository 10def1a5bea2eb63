import { isoFromDay } from '../../records/calendar-day';
import { EARLIEST_YEAR, LATEST_YEAR } from '../normalise/far-dates';
import { tableIssue } from '../normalise/table-columns';
import { SUMMARY_THRESHOLD } from '../normalise/summarise-issues';
import type { RawTable } from '../types';
import { DayColumns, outsideCentury } from './day-range';
import type { IssueTally } from './issue-tally';

const FAR_DAYS = Math.round(3 * 365.25);
const KEPT_SIGHTINGS = SUMMARY_THRESHOLD - 1;

interface Sighting {
  order: number;
  row: number;
  column: string;
}

/**
 * farDateIssues without keeping every date: a count per day gives the median, and the first
 * sightings of each day (as many as summariseIssues ever shows) give the rows to name.
 */
export class FarDateTally {
  private readonly counts = new DayColumns([0]);
  private readonly firstSightings = new Map<number, Sighting[]>();
  private total = 0;

  /** The counts' day column and where it starts, as of the last time it grew. */
  private seen: Float64Array = new Float64Array(0);
  private seenFirst = 0;

  see(day: number, row: number, column: string): void {
    // A day seen often (most days of a big file) is counted without a call or a map.
    const known = day - this.seenFirst;
    if (known >= 0 && known < this.seen.length) {
      const count = this.seen[known] as number;
      if (count >= KEPT_SIGHTINGS) {
        this.seen[known] = count + 1;
        this.total++;
        return;
      }
    }
    const index = this.counts.at(day);
    const seen = this.counts.columns[0] as Float64Array;
    this.seen = seen;
    this.seenFirst = this.counts.first;
    const before = seen[index] ?? 0;
    seen[index] = before + 1;
    if (before < KEPT_SIGHTINGS) {
      let list = this.firstSightings.get(day);
      if (list === undefined) {
        list = [];
        this.firstSightings.set(day, list);
      }
      list.push({ order: this.total, row, column });
    }
    this.total++;
  }

  /** Adds the issues farDateIssues gives for everything seen, in its order. */
  addIssues(table: RawTable, tally: IssueTally): void {
    if (this.total === 0) return;
    const middle = this.median();
    const far = (day: number): boolean => outsideCentury(day) || Math.abs(day - middle) > FAR_DAYS;
    const { first, length } = this.counts;
    const seen = this.counts.columns[0] as Float64Array;
    let farCount = 0;
    for (let index = 0; index < length; index++) {
      if ((seen[index] ?? 0) > 0 && far(first + index)) farCount += seen[index] ?? 0;
    }
    const sightings: (Sighting & { day: number })[] = [];
    for (const [day, list] of this.firstSightings) {
      if (far(day)) for (const sighting of list) sightings.push({ ...sighting, day });
    }
    sightings.sort((a, b) => a.order - b.order);
    let built = 0;
    for (const { day, row, column } of sightings) {
      if (!tally.wants('date-out-of-range')) break;
      const why = outsideCentury(day)
        ? `is outside ${EARLIEST_YEAR}–${LATEST_YEAR}`
        : `is more than three years from the other dates (around ${isoFromDay(middle)})`;
      tally.add(
        tableIssue(table, {
          code: 'date-out-of-range',
          severity: 'warning',
          message: `Row ${row}, ${column}: ${isoFromDay(day)} ${why}.`,
          row,
          column,
          hint: 'Check the date, or the date order chosen for this column.',
        }),
      );
      built++;
    }
    for (let k = built; k < farCount; k++) tally.count('date-out-of-range');
  }

  private median(): number {
    const wanted = Math.floor((this.total - 1) / 2);
    const { first, length } = this.counts;
    const seen = this.counts.columns[0] as Float64Array;
    let below = 0;
    for (let index = 0; index < length; index++) {
      below += seen[index] ?? 0;
      if (below > wanted) return first + index;
    }
    return first + length - 1;
  }
}
