import type { Period } from '../periods/types';
import type { CalendarDay } from '../records/calendar-day';
import { GRANULARITY_CODES, type Granularity } from '../records/dataset';
import { MEASURES, type Measure } from '../records/measures';
import { firstIndexOnOrAfter, type DayTotals } from './day-totals';

/**
 * A selection's numbers for one period, one per calendar day of it (index 0 = the period's first
 * day). Every metric and series of the period reads from this.
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
  /** The coarsest and the finest granularity among the selection's rows in the period. */
  granularity: Granularity;
  finestGranularity: Granularity;
}

/** The coarsest and finest granularity of a set of granularity bits (1 << code); days when none. */
function granularitySpan(bits: number): { coarsest: Granularity; finest: Granularity } {
  const codes = GRANULARITY_CODES.map((_, code) => code).filter((code) => (bits >> code) & 1);
  return {
    coarsest: GRANULARITY_CODES[codes.at(-1) ?? 0] ?? 'day',
    finest: GRANULARITY_CODES[codes[0] ?? 0] ?? 'day',
  };
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

export function scanPeriod(totals: DayTotals, period: Period): PeriodScan {
  const length = period.end - period.start + 1;
  const from = firstIndexOnOrAfter(totals, period.start);
  const to = firstIndexOnOrAfter(totals, period.end + 1);
  const sums = {} as Record<Measure, Float64Array>;
  const present = {} as Record<Measure, Uint8Array>;
  const hasMeasure = {} as Record<Measure, boolean>;
  for (const measure of MEASURES) {
    const daySums = new Float64Array(length);
    const dayPresent = new Uint8Array(length);
    const sourceSums = totals.sums[measure];
    const sourcePresent = totals.present[measure];
    let any = false;
    for (let d = from; d < to; d++) {
      if (sourcePresent[d] !== 1) continue;
      const index = (totals.days[d] as number) - period.start;
      daySums[index] = sourceSums[d] as number;
      dayPresent[index] = 1;
      any = true;
    }
    sums[measure] = daySums;
    present[measure] = dayPresent;
    hasMeasure[measure] = any;
  }

  let lastIndex = -1;
  let granularityBits = 0;
  for (let d = from; d < to; d++) {
    if (totals.hasData[d] !== 1) continue;
    lastIndex = (totals.days[d] as number) - period.start;
    granularityBits |= totals.granularities[d] as number;
  }

  const over = isPeriodOver(period, totals.lastDataDay);
  const asOfIndex = over ? length - 1 : lastIndex;
  const { coarsest, finest } = granularitySpan(granularityBits);
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
    granularity: coarsest,
    finestGranularity: finest,
  };
}

/** Σ of a measure's daily values over indices from … to, inclusive (clipped to the period). */
export function sumDays(daily: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let i = Math.max(from, 0); i <= to && i < daily.length; i++) total += daily[i] as number;
  return total;
}
