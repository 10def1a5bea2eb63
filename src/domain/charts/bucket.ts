import { partsFromDay, type CalendarDay } from '../records/calendar-day';
import { MAX_MARKS_PER_CHART } from './thin';

/** Monday of the week holding `day`. Day 0 (1970-01-01) was a Thursday. */
export function weekStartOf(day: CalendarDay): CalendarDay {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** Which month holds `day`, as one number (year × 12 + month − 1). */
export function monthOf(day: CalendarDay): number {
  const { year, month } = partsFromDay(day);
  return year * 12 + month - 1;
}

/** Several days of values: a week or a month; the first and last bucket of a range can be partial. */
export interface DayBucket<K extends string> {
  /** First day of the range in this bucket. */
  start: CalendarDay;
  /** Last day of the range in this bucket. */
  end: CalendarDay;
  /** Days of the range in this bucket. */
  days: number;
  values: Record<K, number | null>;
}

export interface BucketKeys<K extends string> {
  /** Flows (deliveries, production, orders): the week is their sum. */
  flows: readonly K[];
  /** Stocks (backlog, inventory): a level, so the week shows its last known value. */
  stocks: readonly K[];
}

/**
 * Daily points (sorted by day) grouped by `bucketOf(day)`. Flows add up (null only when the whole
 * bucket is null); stocks keep the last non-null level, because a backlog is never summed over time.
 */
export function bucketDays<K extends string, T extends { day: CalendarDay } & Record<K, unknown>>(
  points: readonly T[],
  keys: BucketKeys<K>,
  bucketOf: (day: CalendarDay) => number,
): DayBucket<K>[] {
  const buckets: DayBucket<K>[] = [];
  let current: DayBucket<K> | null = null;
  let currentKey = Number.NaN;
  for (const point of points) {
    const key = bucketOf(point.day);
    if (current === null || key !== currentKey) {
      const values = {} as Record<K, number | null>;
      for (const name of [...keys.flows, ...keys.stocks]) values[name] = null;
      current = { start: point.day, end: point.day, days: 0, values };
      currentKey = key;
      buckets.push(current);
    }
    current.end = point.day;
    current.days += 1;
    for (const name of keys.flows) {
      const value = point[name];
      if (typeof value !== 'number' || Number.isNaN(value)) continue;
      current.values[name] = (current.values[name] ?? 0) + value;
    }
    for (const name of keys.stocks) {
      const value = point[name];
      if (typeof value === 'number' && !Number.isNaN(value)) current.values[name] = value;
    }
  }
  return buckets;
}

/** Weeks run Monday to Sunday. */
export function bucketByWeek<K extends string, T extends { day: CalendarDay } & Record<K, unknown>>(
  points: readonly T[],
  keys: BucketKeys<K>,
): DayBucket<K>[] {
  return bucketDays(points, keys, weekStartOf);
}

/** For data counted per month or quarter: one bar per calendar month, as the data was given. */
export function bucketByMonth<
  K extends string,
  T extends { day: CalendarDay } & Record<K, unknown>,
>(points: readonly T[], keys: BucketKeys<K>): DayBucket<K>[] {
  return bucketDays(points, keys, monthOf);
}

/** Whether `days` of bars (`barSeries` bars a day) are too many marks for one chart. */
export function needsWeeklyBars(
  days: number,
  barSeries: number,
  maxMarks: number = MAX_MARKS_PER_CHART,
): boolean {
  return days * barSeries > maxMarks;
}
