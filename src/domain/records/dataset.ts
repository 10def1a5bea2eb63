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

/**
 * A dataset of `size` rows with every column allocated, for builders to fill row by row: days,
 * indexes and granularity start at 0, and each of `measures` gets a column of NaN (no value).
 */
export function allocateDataset(
  size: number,
  regions: string[],
  models: string[],
  measures: Iterable<Measure>,
  sources: string[],
): Dataset {
  const dataset: Dataset = {
    days: new Int32Array(size),
    regionIndex: new Uint16Array(size),
    modelIndex: new Uint16Array(size),
    regions,
    models,
    measures: {},
    granularity: new Uint8Array(size),
    sources,
  };
  for (const measure of measures) dataset.measures[measure] = new Float64Array(size).fill(NaN);
  return dataset;
}

/** A record as plain values, for building datasets in tests and small importers. */
export interface DailyRecord {
  day: CalendarDay;
  region: string;
  model?: string;
  granularity?: Granularity;
  values: Partial<Record<Measure, number>>;
}
