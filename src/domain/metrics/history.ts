import { fiscalStartOf, periodOf } from '../periods/periods';
import type { Period } from '../periods/types';
import type { CalendarDay } from '../records/calendar-day';
import type { DayTotals } from './day-totals';
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
 * The record and the best day from a selection's daily totals. The record is the best delivery
 * total of the periods of `period`'s kind and scheme that end before it starts; only periods
 * holding a delivery value count, so a quarter with production figures alone is no record of 0.
 * The best day is the highest day's deliveries up to `bestDayUpTo`, in any period.
 */
export function scanHistory(totals: DayTotals, period: Period, bestDayUpTo: CalendarDay): History {
  const fiscalStart = fiscalStartOf(period);
  const deliveries = totals.sums.deliveries;
  const present = totals.present.deliveries;

  let record: PeriodTotal | null = null;
  let bucket: Period | null = null;
  let bucketTotal = 0;
  const closeBucket = (): void => {
    if (bucket && (record === null || tidy(bucketTotal) > record.deliveries)) {
      record = { period: bucket, deliveries: tidy(bucketTotal) };
    }
  };

  let bestDay: BestDay | null = null;
  for (let d = 0; d < totals.days.length; d++) {
    const day = totals.days[d] as number;
    if (day > bestDayUpTo && day >= period.start) break;
    if (present[d] !== 1) continue;
    const value = deliveries[d] as number;

    if (day <= bestDayUpTo && (bestDay === null || tidy(value) > bestDay.value)) {
      bestDay = { value: tidy(value), day };
    }
    if (day >= period.start) continue;
    if (bucket && day <= bucket.end) {
      bucketTotal += value;
    } else {
      closeBucket();
      bucket = periodOf(day, period.kind, fiscalStart);
      bucketTotal = value;
    }
  }
  closeBucket();
  return { record, bestDay };
}
