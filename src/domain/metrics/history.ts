import { fiscalStartOf, periodOf } from '../periods/periods';
import type { Period } from '../periods/types';
import type { CalendarDay } from '../records/calendar-day';
import type { Dataset } from '../records/dataset';
import { firstRowOnOrAfter, isRowSelected, type RowMask } from '../records/select';
import { tidy } from './numbers';
import type { BestDay } from './types';

export interface PeriodTotal {
  period: Period;
  deliveries: number;
}

export interface History {
  /** The earlier period of the same kind with the most deliveries (the first one on a tie). */
  record: PeriodTotal | null;
  /** The highest daily deliveries up to the given day, in any period (the first such day). */
  bestDay: BestDay | null;
}

/**
 * One pass over the selection's rows from the dataset's start: delivery totals of every earlier
 * period of `period`'s kind and scheme (only periods holding a delivery value count, so a quarter
 * with production figures alone is no record of 0), and the best day up to `bestDayUpTo`.
 */
export function scanHistory(
  dataset: Dataset,
  period: Period,
  mask: RowMask,
  bestDayUpTo: CalendarDay,
): History {
  const deliveries = dataset.measures.deliveries;
  if (!deliveries) return { record: null, bestDay: null };
  const fiscalStart = fiscalStartOf(period);
  const end = firstRowOnOrAfter(dataset, Math.max(bestDayUpTo, period.start - 1) + 1);

  let record: PeriodTotal | null = null;
  let bucket: PeriodTotal | null = null;
  const closeBucket = () => {
    if (bucket && (!record || tidy(bucket.deliveries) > record.deliveries)) {
      record = { period: bucket.period, deliveries: tidy(bucket.deliveries) };
    }
    bucket = null;
  };

  let bestDay: BestDay | null = null;
  let day = NaN;
  let dayTotal = 0;
  let dayHasValue = false;
  const closeDay = () => {
    if (dayHasValue && (!bestDay || tidy(dayTotal) > bestDay.value)) {
      bestDay = { value: tidy(dayTotal), day };
    }
  };

  for (let row = 0; row < end; row++) {
    if (!isRowSelected(dataset, mask, row)) continue;
    const value = deliveries[row] ?? NaN;
    if (Number.isNaN(value)) continue;
    const rowDay = dataset.days[row] ?? 0;

    if (rowDay !== day) {
      closeDay();
      day = rowDay;
      dayTotal = 0;
      dayHasValue = false;
    }
    if (rowDay <= bestDayUpTo) {
      dayTotal += value;
      dayHasValue = true;
    }

    if (rowDay < period.start) {
      const current: PeriodTotal | null = bucket;
      if (!current || rowDay > current.period.end) {
        closeBucket();
        bucket = { period: periodOf(rowDay, period.kind, fiscalStart), deliveries: value };
      } else {
        current.deliveries += value;
      }
    }
  }
  closeDay();
  closeBucket();
  return { record, bestDay };
}
