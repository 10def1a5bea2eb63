import type { CalendarDay } from './calendar-day';
import type { Measure } from './measures';

/** How finely the source counted. Monthly and quarterly values are spread evenly over their days. */
export type Granularity = 'day' | 'month' | 'quarter';

/**
 * The normalised data: one record per calendar day × region × model, stored column by column so
 * that millions of rows stay compact, can be transferred from a worker without copying, and can
 * be scanned without allocating an object per row.
 *
 * - `regionIndex[i]` and `modelIndex[i]` point into `regions` and `models`.
 * - `measures[m][i]` is the value of measure m on record i; NaN means "no value" (a blank cell),
 *   which is different from 0. A measure absent from the data has no column at all.
 * - `granularity[i]` says whether record i was spread from a monthly or quarterly figure.
 * - Records are unique per (day, region, model) and sorted by day, then region, then model.
 */
export interface Dataset {
  days: Int32Array;
  regionIndex: Uint16Array;
  modelIndex: Uint16Array;
  regions: string[];
  /** '' stands for "no model given". */
  models: string[];
  measures: Partial<Record<Measure, Float64Array>>;
  granularity: Uint8Array;
  /** The files the data came from, for chart captions and the dataset list. */
  sources: string[];
}

export const GRANULARITY_CODES: readonly Granularity[] = ['day', 'month', 'quarter'];

/** A record as plain values, for building datasets in tests and small importers. */
export interface DailyRecord {
  day: CalendarDay;
  region: string;
  model?: string;
  granularity?: Granularity;
  values: Partial<Record<Measure, number>>;
}
