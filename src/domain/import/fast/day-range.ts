import { dayFromParts } from '../../records/calendar-day';
import { EARLIEST_YEAR, LATEST_YEAR } from '../normalise/far-dates';

/** First and last day of the years that isOutsideCentury accepts. */
export const CENTURY_FIRST_DAY = dayFromParts(EARLIEST_YEAR, 1, 1);
export const CENTURY_LAST_DAY = dayFromParts(LATEST_YEAR, 12, 31);

export function outsideCentury(day: number): boolean {
  return day < CENTURY_FIRST_DAY || day > CENTURY_LAST_DAY;
}

/**
 * Typed arrays indexed by calendar day that grow to take any day, in either direction. Each
 * column starts filled with its own value (NaN for "no value", 0 for counts).
 */
export class DayColumns<Names extends string> {
  first = 0;
  length = 0;
  readonly columns = {} as Record<Names, Float64Array>;
  private readonly fills: Record<Names, number>;

  constructor(fills: Record<Names, number>) {
    this.fills = fills;
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
    for (const name of Object.keys(this.fills) as Names[]) {
      const grown = new Float64Array(length).fill(this.fills[name]);
      const old = this.columns[name] as Float64Array | undefined;
      if (old) grown.set(old, this.first - first);
      this.columns[name] = grown;
    }
    this.first = first;
    this.length = length;
  }
}
