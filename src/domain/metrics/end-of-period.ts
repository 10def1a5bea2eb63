import { periodOf } from '../periods/periods';
import type { FiscalYearStartMonth, Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import { dayTotals } from './day-totals';
import { tidy } from './numbers';
import type { EndOfPeriodShare, Selection } from './types';

/** The last 14 days of a quarter: the end-of-quarter wave that analysts measure. */
const LAST_DAYS = 14;

interface QuarterTotals {
  quarter: Period;
  lastMonthStart: number;
  total: number;
  lastMonth: number;
  lastDays: number;
}

/**
 * The wave: for each complete quarter with deliveries, the share of them that fell in its last
 * month and in its last 14 days. A quarter is complete when the dataset (any selection) covers
 * it from its first to its last day; a partly covered quarter would overstate or hide the wave.
 */
export function endOfPeriodShares(
  dataset: Dataset,
  selection: Selection,
  fiscalStart: FiscalYearStartMonth = 1,
): EndOfPeriodShare[] {
  const totals = dayTotals(dataset, selection);
  const { firstDataDay, lastDataDay } = totals;
  if (firstDataDay === null || lastDataDay === null) return [];
  const deliveries = totals.sums.deliveries;
  const present = totals.present.deliveries;

  const quarters: QuarterTotals[] = [];
  let current: QuarterTotals | null = null;
  for (let d = 0; d < totals.days.length; d++) {
    if (present[d] !== 1) continue;
    const day = totals.days[d] as number;
    const value = deliveries[d] as number;
    if (!current || day > current.quarter.end) {
      const quarter = periodOf(day, 'quarter', fiscalStart);
      current = {
        quarter,
        lastMonthStart: periodOf(quarter.end, 'month').start,
        total: 0,
        lastMonth: 0,
        lastDays: 0,
      };
      quarters.push(current);
    }
    current.total += value;
    if (day >= current.lastMonthStart) current.lastMonth += value;
    if (day > current.quarter.end - LAST_DAYS) current.lastDays += value;
  }

  return quarters
    .filter(
      (q) => q.quarter.start >= firstDataDay && q.quarter.end <= lastDataDay && tidy(q.total) > 0,
    )
    .map((q) => ({
      periodId: q.quarter.id,
      periodLabel: q.quarter.label,
      total: tidy(q.total),
      lastMonthShare: q.lastMonth / q.total,
      last14DaysShare: q.lastDays / q.total,
    }));
}
