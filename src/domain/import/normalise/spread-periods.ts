import type { CalendarDay } from '../../records/calendar-day';
import type { DailyRecord, Granularity } from '../../records/dataset';
import { MEASURES, isStockMeasure, type Measure } from '../../records/measures';

/** The days a row speaks for: one day, or a whole month or quarter. */
export interface TimeSpan {
  granularity: Granularity;
  start: CalendarDay;
  /** Inclusive. */
  end: CalendarDay;
}

/** One row's figures for one region (wide rows give several), before periods are spread. */
export interface RowEntry {
  span: TimeSpan;
  region: string;
  model: string;
  values: Partial<Record<Measure, number>>;
  /** Source row numbers this entry came from (several when duplicates were combined). */
  rows: number[];
}

/**
 * Splits a period's value evenly over its days. The last day takes what is left, so that adding
 * the days up in order gives back exactly the value: the difference of two close doubles is exact
 * (Sterbenz), and so is adding it back.
 */
export function spreadValue(value: number, days: number): number[] {
  if (days <= 1) return [value];
  const share = value / days;
  const parts = new Array<number>(days).fill(share);
  let sum = 0;
  for (let i = 0; i < days - 1; i++) sum += share;
  parts[days - 1] = value - sum;
  return parts;
}

/**
 * Turns an entry into daily records. Flow measures (deliveries, production, orders) are spread
 * over the period's days; stock measures (backlog, unscheduled, inventory) are levels, so every
 * day of the period gets the value.
 */
export function spreadEntry(entry: RowEntry): DailyRecord[] {
  const { span, region, model } = entry;
  const days = span.end - span.start + 1;
  const spread = new Map<Measure, number[]>();
  for (const measure of MEASURES) {
    const value = entry.values[measure];
    if (value === undefined) continue;
    spread.set(
      measure,
      isStockMeasure(measure) ? new Array<number>(days).fill(value) : spreadValue(value, days),
    );
  }
  const records: DailyRecord[] = [];
  for (let offset = 0; offset < days; offset++) {
    const values: Partial<Record<Measure, number>> = {};
    for (const [measure, parts] of spread) values[measure] = parts[offset] ?? 0;
    records.push({
      day: span.start + offset,
      region,
      model,
      granularity: span.granularity,
      values,
    });
  }
  return records;
}
