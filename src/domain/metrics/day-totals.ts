import type { CalendarDay } from '../records/calendar-day';
import type { Dataset } from '../records/dataset';
import { MEASURES, type Measure } from '../records/measures';
import { rowMask } from '../records/select';
import type { Selection } from './types';

/**
 * A selection's daily totals: for each distinct day of the dataset, the sum over the selected
 * rows of each measure. Built with one pass over the rows and then shared by every metric and
 * series of that selection, so the KPIs, the burn-down and the cumulative chart of one view cost
 * one scan of the data, not one each. Days are the dataset's distinct days (not a calendar span),
 * so a stray date in 1900 costs one slot, not 45,000.
 */
export interface DayTotals {
  /** The dataset's distinct days, ascending (shared by every selection of the dataset). */
  days: Int32Array;
  sums: Record<Measure, Float64Array>;
  /** 1 where at least one selected row of the day held a value of the measure. */
  present: Record<Measure, Uint8Array>;
  /** 1 where at least one selected row of the day held any value. */
  hasData: Uint8Array;
  /** The granularity codes among the day's selected rows with data, as bits (1 << code). */
  granularities: Uint8Array;
  /** The first and last days with any value in the dataset, any selection. */
  firstDataDay: CalendarDay | null;
  lastDataDay: CalendarDay | null;
}

interface DatasetDays {
  days: Int32Array;
  /** Day i's rows are rowStart[i] … rowStart[i + 1] − 1. */
  rowStart: Uint32Array;
}

function distinctDays(dataset: Dataset): DatasetDays {
  const { days } = dataset;
  const unique: number[] = [];
  const starts: number[] = [];
  for (let row = 0; row < days.length; row++) {
    const day = days[row] as number;
    if (unique.length === 0 || unique[unique.length - 1] !== day) {
      unique.push(day);
      starts.push(row);
    }
  }
  starts.push(days.length);
  return { days: Int32Array.from(unique), rowStart: Uint32Array.from(starts) };
}

function perMeasure<T>(make: () => T): Record<Measure, T> {
  const result = {} as Record<Measure, T>;
  for (const measure of MEASURES) result[measure] = make();
  return result;
}

function computeTotals(dataset: Dataset, selection: Selection, shape: DatasetDays): DayTotals {
  const count = shape.days.length;
  const sums = perMeasure(() => new Float64Array(count));
  const present = perMeasure(() => new Uint8Array(count));
  const hasData = new Uint8Array(count);
  const granularities = new Uint8Array(count);
  const mask = rowMask(dataset, selection);

  // Parallel arrays, typed-array reads and no object per row: this loop sees every row.
  const columnValues: Float64Array[] = [];
  const columnSums: Float64Array[] = [];
  const columnPresent: Uint8Array[] = [];
  for (const measure of MEASURES) {
    const values = dataset.measures[measure];
    if (!values) continue;
    columnValues.push(values);
    columnSums.push(sums[measure]);
    columnPresent.push(present[measure]);
  }
  const columnCount = columnValues.length;
  const { regionIndex, modelIndex } = dataset;
  const rowGranularity = dataset.granularity;
  const regionSelected = mask.regions;
  const modelSelected = mask.models;
  const everything = mask.everything;
  let firstDataDay: CalendarDay | null = null;
  let lastDataDay: CalendarDay | null = null;

  for (let d = 0; d < count; d++) {
    const end = shape.rowStart[d + 1] as number;
    for (let row = shape.rowStart[d] as number; row < end; row++) {
      let rowHasValue = false;
      const selected =
        everything ||
        (regionSelected[regionIndex[row] as number] === 1 &&
          modelSelected[modelIndex[row] as number] === 1);
      for (let k = 0; k < columnCount; k++) {
        const value = (columnValues[k] as Float64Array)[row] as number;
        if (value !== value) continue; // NaN: a blank cell
        rowHasValue = true;
        if (!selected) break;
        const daySums = columnSums[k] as Float64Array;
        daySums[d] = (daySums[d] as number) + value;
        (columnPresent[k] as Uint8Array)[d] = 1;
      }
      if (!rowHasValue) continue;
      const day = shape.days[d] as number;
      if (firstDataDay === null) firstDataDay = day;
      lastDataDay = day;
      if (!selected) continue;
      hasData[d] = 1;
      granularities[d] = (granularities[d] as number) | (1 << (rowGranularity[row] as number));
    }
  }
  return { days: shape.days, sums, present, hasData, granularities, firstDataDay, lastDataDay };
}

/** How many selections' totals are kept per dataset: enough for per-region cards and a view. */
const CACHE_SIZE = 64;
const shapes = new WeakMap<Dataset, DatasetDays>();
const cache = new WeakMap<Dataset, Map<string, DayTotals>>();

/**
 * The daily totals of a selection, computed once per dataset × selection and then reused.
 * Datasets are never mutated after they are built, so the dataset object is a safe cache key.
 */
export function dayTotals(dataset: Dataset, selection: Selection): DayTotals {
  const key = `${selection.regions.join('\u0001')}\u0002${selection.models.join('\u0001')}`;
  let perSelection = cache.get(dataset);
  if (!perSelection) {
    perSelection = new Map();
    cache.set(dataset, perSelection);
  }
  const cached = perSelection.get(key);
  if (cached) return cached;

  let shape = shapes.get(dataset);
  if (!shape) {
    shape = distinctDays(dataset);
    shapes.set(dataset, shape);
  }
  const totals = computeTotals(dataset, selection, shape);
  if (perSelection.size >= CACHE_SIZE) {
    const oldest = perSelection.keys().next().value;
    if (oldest !== undefined) perSelection.delete(oldest);
  }
  perSelection.set(key, totals);
  return totals;
}

/** The index of the first of `totals.days` on or after `day`. */
export function firstIndexOnOrAfter(totals: DayTotals, day: CalendarDay): number {
  let low = 0;
  let high = totals.days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((totals.days[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}
