/** Small sums over the generated sample, shared by its tests. */
import { partsFromDay } from '../records/calendar-day';
import type { DailyRecord } from '../records/dataset';
import type { Measure } from '../records/measures';

export function monthOf(record: DailyRecord): number {
  return partsFromDay(record.day).month;
}

export function quarterOf(record: DailyRecord): number {
  return Math.floor((monthOf(record) - 1) / 3) + 1;
}

/** Σ measure over the records that pass the filter (a missing value counts 0). */
export function total(
  records: readonly DailyRecord[],
  measure: Measure,
  keep: (record: DailyRecord) => boolean,
): number {
  let sum = 0;
  for (const record of records) if (keep(record)) sum += record.values[measure] ?? 0;
  return sum;
}

/** Σ measure per day over the records that pass the filter, keyed by calendar day. */
export function dailyTotals(
  records: readonly DailyRecord[],
  measure: Measure,
  keep: (record: DailyRecord) => boolean,
): Map<number, number> {
  const totals = new Map<number, number>();
  for (const record of records) {
    if (keep(record)) {
      totals.set(record.day, (totals.get(record.day) ?? 0) + (record.values[measure] ?? 0));
    }
  }
  return totals;
}
