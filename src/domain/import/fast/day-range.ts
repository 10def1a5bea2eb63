import { dayFromParts } from '../../records/calendar-day';
import { EARLIEST_YEAR, LATEST_YEAR } from '../normalise/far-dates';

/** First and last day of the years that isOutsideCentury accepts. */
export const CENTURY_FIRST_DAY = dayFromParts(EARLIEST_YEAR, 1, 1);
export const CENTURY_LAST_DAY = dayFromParts(LATEST_YEAR, 12, 31);

export function outsideCentury(day: number): boolean {
  return day < CENTURY_FIRST_DAY || day > CENTURY_LAST_DAY;
}

/**
 * Typed arrays indexed by calendar day that grow to take any day, in either direction. Column k
 * starts filled with fills[k] (NaN for "no value", 0 for counts). Columns are an array, not an
 * object keyed by name: a property look-up per cell would cost more than the cell.
 */
export class DayColumns {
  first = 0;
  length = 0;
  columns: Float64Array[];
  private readonly fills: readonly number[];

  constructor(fills: readonly number[]) {
    this.fills = fills;
    this.columns = fills.map(() => new Float64Array(0));
  }

  /** The index of `day`, growing the columns when it falls outside them. */
  at(day: number): number {
    if (this.length === 0) {
      this.resize(day - 64, 512);
    } else if (day < this.first || day >= this.first + this.length) {
      const low = Math.min(day, this.first);
      const high = Math.max(day + 1, this.first + this.length);
      const span = high - low;
      // Room on the side that grew, so a file in date order grows a few times, not per day.
      const room = Math.max(span, 64);
      this.resize(day < this.first ? low - room : low, span + room);
    }
    return day - this.first;
  }

  private resize(first: number, length: number): void {
    this.columns = this.columns.map((old, k) => {
      const grown = new Float64Array(length).fill(this.fills[k] ?? 0);
      if (this.length > 0) grown.set(old, this.first - first);
      return grown;
    });
    this.first = first;
    this.length = length;
  }
}
