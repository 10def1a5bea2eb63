import type { Period } from '../periods/types';
import type { CalendarDay } from '../records/calendar-day';
import { GRANULARITY_CODES, type Dataset, type Granularity } from '../records/dataset';
import { MEASURES, type Measure } from '../records/measures';
import { firstRowOnOrAfter, isRowSelected, type RowMask } from '../records/select';

/**
 * One pass over the rows of a period for a selection, kept as one number per day of the period
 * (index 0 = the period's first day). Every metric and series of the period reads from this.
 */
export interface PeriodScan {
  period: Period;
  /** Days in the period. */
  length: number;
  /** Per day, the sum over the selection's rows of each measure (0 where no value). */
  sums: Record<Measure, Float64Array>;
  /** Per day, 1 when at least one selected row held a value of the measure. */
  present: Record<Measure, Uint8Array>;
  /** The measure has at least one value in the period for the selection. */
  hasMeasure: Record<Measure, boolean>;
  hasData: boolean;
  asOf: CalendarDay | null;
  /** asOf − start, or −1 when there is no as of: the last index holding known values. */
  asOfIndex: number;
  /** The dataset (any selection) reaches the period's end, so every day of it is known. */
  over: boolean;
  granularity: Granularity;
}

function perMeasure<T>(make: () => T): Record<Measure, T> {
  const result = {} as Record<Measure, T>;
  for (const measure of MEASURES) result[measure] = make();
  return result;
}

/**
 * When is a period over? PRODUCT.md §2 sets as of to the period's end "if the period is over",
 * without saying how to tell. Our reading: the period is over once the dataset, for any region or
 * model, holds a value dated on or after the period's last day. Then the whole period is known:
 * a region with no row on the last days delivered nothing on them. Counting "on" the last day
 * (not only after it) keeps a selection and its parts on the same as of: with data through
 * June 30 for the US only, Norway is also done on June 30, not "2 days left" since June 28.
 */
export function isPeriodOver(period: Period, datasetLastDataDay: CalendarDay | null): boolean {
  return datasetLastDataDay !== null && datasetLastDataDay >= period.end;
}

export function scanPeriod(
  dataset: Dataset,
  period: Period,
  mask: RowMask,
  datasetLastDataDay: CalendarDay | null,
): PeriodScan {
  const length = period.end - period.start + 1;
  const sums = perMeasure(() => new Float64Array(length));
  const present = perMeasure(() => new Uint8Array(length));
  const hasMeasure = perMeasure(() => false);
  const columns: { measure: Measure; values: Float64Array }[] = [];
  for (const measure of MEASURES) {
    const values = dataset.measures[measure];
    if (values) columns.push({ measure, values });
  }

  let lastIndex = -1;
  let coarsest = 0;
  const first = firstRowOnOrAfter(dataset, period.start);
  const last = firstRowOnOrAfter(dataset, period.end + 1);
  for (let row = first; row < last; row++) {
    if (!isRowSelected(dataset, mask, row)) continue;
    const index = (dataset.days[row] ?? 0) - period.start;
    let rowHasValue = false;
    for (const { measure, values } of columns) {
      const value = values[row] ?? NaN;
      if (Number.isNaN(value)) continue;
      sums[measure][index] = (sums[measure][index] ?? 0) + value;
      present[measure][index] = 1;
      hasMeasure[measure] = true;
      rowHasValue = true;
    }
    if (!rowHasValue) continue;
    if (index > lastIndex) lastIndex = index;
    coarsest = Math.max(coarsest, dataset.granularity[row] ?? 0);
  }

  const over = isPeriodOver(period, datasetLastDataDay);
  const asOfIndex = over ? length - 1 : lastIndex;
  return {
    period,
    length,
    sums,
    present,
    hasMeasure,
    hasData: lastIndex >= 0,
    asOf: asOfIndex >= 0 ? period.start + asOfIndex : null,
    asOfIndex,
    over,
    granularity: GRANULARITY_CODES[coarsest] ?? 'day',
  };
}

/** Σ of a measure's daily values over indices from … to, inclusive (clipped to the period). */
export function sumDays(daily: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let i = Math.max(from, 0); i <= to && i < daily.length; i++) total += daily[i] ?? 0;
  return total;
}
