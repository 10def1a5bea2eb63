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
    // An int32 index, so typed arrays are indexed without a float check.
    return (day - this.first) | 0;
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
 * Whole counts by group and calendar day in one Int32Array, count by count: `width` planes, in
 * each the days of a group one after another, every group over the same days. A vehicle's
 * counts fall on different days, so nothing is gained by keeping a day's counts side by side;
 * a plane per count packs the days in use four times tighter, so they stay in cache while the
 * file streams past. Rows hit groups and days at random.
 */
export class GroupDayCounts {
  first = 0;
  span = 0;
  groups = 0;
  /** Counts a plane: count k of a cell is at `k * plane + cell`. */
  plane = 0;
  counts = new Int32Array(0);
  readonly width: number;

  constructor(width: number) {
    this.width = width;
  }

  /** The cell of `day` in `group`, growing the array when needed (read `plane` after). */
  at(group: number, day: number): number {
    if (group >= this.groups || day < this.first || day >= this.first + this.span) {
      this.grow(group, day);
    }
    return (group * this.span + day - this.first) | 0;
  }

  /** Count `k` of `day` in `group`; 0 outside the array. */
  get(group: number, day: number, k: number): number {
    const offset = day - this.first;
    if (group >= this.groups || offset < 0 || offset >= this.span) return 0;
    return this.counts[k * this.plane + group * this.span + offset] as number;
  }

  private grow(group: number, day: number): void {
    let first = this.first;
    let span = this.span;
    if (span === 0) {
      first = day - 32;
      span = 256;
    } else if (day < first || day >= first + span) {
      const low = Math.min(day, first);
      const high = Math.max(day + 1, first + span);
      // A quarter more on the side that grew: a file in date order grows a few times, not
      // per day, and the days in use stay packed.
      const room = Math.max((high - low) >> 2, 32);
      first = day < first ? low - room : low;
      span = high - low + room;
    }
    const groups = Math.max(this.groups, group + 1, this.groups * 2, 8);
    const plane = groups * span;
    const grown = new Int32Array(this.width * plane);
    for (let k = 0; k < this.width; k++) {
      for (let g = 0; g < this.groups; g++) {
        const from = k * this.plane + g * this.span;
        const to = k * plane + g * span + this.first - first;
        grown.set(this.counts.subarray(from, from + this.span), to);
      }
    }
    this.counts = grown;
    this.first = first;
    this.span = span;
    this.groups = groups;
    this.plane = plane;
  }
}
