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

/**
 * Whole counts by calendar day, `width` counts a day side by side in one Int32Array: a row's
 * counts for one day share a cache line, and millions of rows add into a few hundred KiB.
 */
export class DayCounts {
  first = 0;
  length = 0;
  counts = new Int32Array(0);
  readonly width: number;

  constructor(width: number) {
    this.width = width;
  }

  /** Where the counts of `day` start, growing the array when the day falls outside it. */
  at(day: number): number {
    if (this.length === 0) {
      this.resize(day - 64, 512);
    } else if (day < this.first || day >= this.first + this.length) {
      const low = Math.min(day, this.first);
      const high = Math.max(day + 1, this.first + this.length);
      const span = high - low;
      const room = Math.max(span, 64);
      this.resize(day < this.first ? low - room : low, span + room);
    }
    return (day - this.first) * this.width;
  }

  /** Count `k` of `day`; 0 for days outside the array. */
  get(day: number, k: number): number {
    const at = day - this.first;
    return at >= 0 && at < this.length ? (this.counts[at * this.width + k] as number) : 0;
  }

  private resize(first: number, length: number): void {
    const grown = new Int32Array(length * this.width);
    if (this.length > 0) grown.set(this.counts, (this.first - first) * this.width);
    this.counts = grown;
    this.first = first;
    this.length = length;
  }
}
