import { dateBulk, farDateIssue, isFarDate } from '../normalise/far-dates';
import { SUMMARY_THRESHOLD } from '../normalise/summarise-issues';
import type { RawTable } from '../types';
import { DayColumns } from './day-range';
import type { IssueTally } from './issue-tally';

const KEPT_SIGHTINGS = SUMMARY_THRESHOLD - 1;

interface Sighting {
  order: number;
  row: number;
  column: string;
}

/**
 * farDateIssues without keeping every date: a count per day gives the bulk, and the first
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

  /** Whether sightings of `day` from now on are only counted: its first ones are all kept. */
  isCountOnly(day: number): boolean {
    const index = day - this.counts.first;
    const seen = this.counts.columns[0] as Float64Array;
    return index >= 0 && index < this.counts.length && (seen[index] as number) >= KEPT_SIGHTINGS;
  }

  /** `count` more sightings of `day`, which isCountOnly said is only counted. */
  addCountOnly(day: number, count: number): void {
    if (!this.isCountOnly(day)) throw new Error(`day ${day} still keeps its sightings`);
    const seen = this.counts.columns[0] as Float64Array;
    const index = day - this.counts.first;
    seen[index] = (seen[index] as number) + count;
    this.total += count;
  }

  /** The first and the last day seen, or null when none was. */
  dayRange(): { first: number; last: number } | null {
    const { first, length } = this.counts;
    const seen = this.counts.columns[0] as Float64Array;
    let low = 0;
    while (low < length && (seen[low] as number) === 0) low++;
    if (low === length) return null;
    let high = length - 1;
    while ((seen[high] as number) === 0) high--;
    return { first: first + low, last: first + high };
  }

  /** Adds the issues farDateIssues gives for everything seen, in its order. */
  addIssues(table: RawTable, tally: IssueTally): void {
    if (this.total === 0) return;
    const bulk = dateBulk(this.dayCounts());
    const { first, length } = this.counts;
    const seen = this.counts.columns[0] as Float64Array;
    let farCount = 0;
    for (let index = 0; index < length; index++) {
      if ((seen[index] ?? 0) > 0 && isFarDate(first + index, bulk)) farCount += seen[index] ?? 0;
    }
    const sightings: (Sighting & { day: number })[] = [];
    for (const [day, list] of this.firstSightings) {
      if (isFarDate(day, bulk)) for (const sighting of list) sightings.push({ ...sighting, day });
    }
    sightings.sort((a, b) => a.order - b.order);
    let built = 0;
    for (const sighting of sightings) {
      if (!tally.wants('date-out-of-range')) break;
      tally.add(farDateIssue(table, sighting, bulk));
      built++;
    }
    for (let k = built; k < farCount; k++) tally.count('date-out-of-range');
  }

  /** Each day seen, ascending, with its count. */
  private *dayCounts(): Generator<[number, number]> {
    const { first, length } = this.counts;
    const seen = this.counts.columns[0] as Float64Array;
    for (let index = 0; index < length; index++) {
      const count = seen[index] ?? 0;
      if (count > 0) yield [first + index, count];
    }
  }
}
