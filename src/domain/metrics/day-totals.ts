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
  /** The days of the first and the last row holding any value, any selection. */
  firstDataDay: CalendarDay | null;
  lastDataDay: CalendarDay | null;
}

function rowHasAnyValue(dataset: Dataset, row: number): boolean {
  for (const measure of MEASURES) {
    const value = dataset.measures[measure]?.[row];
    if (value !== undefined && value === value) return true;
  }
  return false;
}

function distinctDays(dataset: Dataset): DatasetDays {
  const { days } = dataset;
  // Typed from the start: at most one slot a row, trimmed once counted.
  const unique = new Int32Array(days.length);
  const starts = new Uint32Array(days.length + 1);
  let count = 0;
  for (let row = 0; row < days.length; row++) {
    const day = days[row] as number;
    if (count === 0 || unique[count - 1] !== day) {
      unique[count] = day;
      starts[count] = row;
      count++;
    }
  }
  starts[count] = days.length;
  // Rows come by day: the first and the last with a value are found from either end.
  let first = 0;
  while (first < days.length && !rowHasAnyValue(dataset, first)) first++;
  let last = days.length - 1;
  while (last >= first && !rowHasAnyValue(dataset, last)) last--;
  return {
    days: unique.slice(0, count),
    rowStart: starts.slice(0, count + 1),
    firstDataDay: first < days.length ? (days[first] as number) : null,
    lastDataDay: last >= first && last >= 0 ? (days[last] as number) : null,
  };
}

function perMeasure<T>(make: () => T): Record<Measure, T> {
  const result = {} as Record<Measure, T>;
  for (const measure of MEASURES) result[measure] = make();
  return result;
}

/** The selection's rows in row order, each with its day's index; null when every row is one. */
function selectedRows(
  dataset: Dataset,
  selection: Selection,
  shape: DatasetDays,
): { rows: Uint32Array; rowDays: Uint32Array } | null {
  const mask = rowMask(dataset, selection);
  if (mask.everything) return null;
  const { regionIndex, modelIndex } = dataset;
  const rows = new Uint32Array(regionIndex.length);
  const rowDays = new Uint32Array(regionIndex.length);
  let count = 0;
  for (let d = 0; d < shape.days.length; d++) {
    const end = shape.rowStart[d + 1] as number;
    for (let row = shape.rowStart[d] as number; row < end; row++) {
      if (
        mask.regions[regionIndex[row] as number] === 1 &&
        mask.models[modelIndex[row] as number] === 1
      ) {
        rows[count] = row;
        rowDays[count] = d;
        count++;
      }
    }
  }
  return { rows: rows.subarray(0, count), rowDays: rowDays.subarray(0, count) };
}

/**
 * One measure's daily sums over every row, a column at a time (a tight loop over one array,
 * which is what makes the first look at a big import cheap). Each day adds its rows in row order
 * from 0, as a row-by-row pass would: the same sums to the last bit. Marks each row holding a
 * value in `rowHasValue`.
 */
function sumColumn(
  values: Float64Array,
  rowStart: Uint32Array,
  daySums: Float64Array,
  dayPresent: Uint8Array,
  rowHasValue: Uint8Array,
): void {
  const count = daySums.length;
  for (let d = 0; d < count; d++) {
    const end = rowStart[d + 1] as number;
    let sum = 0;
    let any = false;
    for (let row = rowStart[d] as number; row < end; row++) {
      const value = values[row] as number;
      if (value !== value) continue; // NaN: a blank cell
      rowHasValue[row] = 1;
      sum += value;
      any = true;
    }
    if (any) {
      daySums[d] = sum;
      dayPresent[d] = 1;
    }
  }
}

/**
 * sumColumn over the selection's rows only (selectedRows): a region's rows are a small part of
 * a big import, and each day still adds its rows in row order. `hasValue` is by place in `rows`.
 */
function sumSelectedColumn(
  values: Float64Array,
  { rows, rowDays }: { rows: Uint32Array; rowDays: Uint32Array },
  daySums: Float64Array,
  dayPresent: Uint8Array,
  hasValue: Uint8Array,
): void {
  for (let i = 0; i < rows.length; i++) {
    const value = values[rows[i] as number] as number;
    if (value !== value) continue;
    hasValue[i] = 1;
    const d = rowDays[i] as number;
    daySums[d] = (daySums[d] as number) + value;
    dayPresent[d] = 1;
  }
}

function computeTotals(dataset: Dataset, selection: Selection, shape: DatasetDays): DayTotals {
  const count = shape.days.length;
  const sums = perMeasure(() => new Float64Array(count));
  const present = perMeasure(() => new Uint8Array(count));
  const hasData = new Uint8Array(count);
  const granularities = new Uint8Array(count);
  const rowGranularity = dataset.granularity;
  const selected = selectedRows(dataset, selection, shape);
  const hasValue = new Uint8Array(selected ? selected.rows.length : dataset.days.length);
  for (const measure of MEASURES) {
    const values = dataset.measures[measure];
    if (!values) continue;
    if (selected) sumSelectedColumn(values, selected, sums[measure], present[measure], hasValue);
    else sumColumn(values, shape.rowStart, sums[measure], present[measure], hasValue);
  }
  // Each selected row with a value: its day has data, of the row's granularity.
  const mark = (d: number, row: number) => {
    hasData[d] = 1;
    granularities[d] = (granularities[d] as number) | (1 << (rowGranularity[row] as number));
  };
  if (selected) {
    for (let i = 0; i < hasValue.length; i++) {
      if (hasValue[i] === 1) mark(selected.rowDays[i] as number, selected.rows[i] as number);
    }
  } else {
    for (let d = 0; d < count; d++) {
      const end = shape.rowStart[d + 1] as number;
      for (let row = shape.rowStart[d] as number; row < end; row++) {
        if (hasValue[row] === 1) mark(d, row);
      }
    }
  }
  const { firstDataDay, lastDataDay } = shape;
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
