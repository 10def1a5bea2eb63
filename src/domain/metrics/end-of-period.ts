import { periodOf } from '../periods/periods';
import type { FiscalYearStartMonth, Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import { firstDataDay, isRowSelected, lastDataDay, rowMask } from '../records/select';
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
  const deliveries = dataset.measures.deliveries;
  const first = firstDataDay(dataset);
  const last = lastDataDay(dataset);
  if (!deliveries || first === null || last === null) return [];
  const mask = rowMask(dataset, selection);

  const quarters: QuarterTotals[] = [];
  let current: QuarterTotals | null = null;
  for (let row = 0; row < dataset.days.length; row++) {
    if (!isRowSelected(dataset, mask, row)) continue;
    const value = deliveries[row] ?? NaN;
    if (Number.isNaN(value)) continue;
    const day = dataset.days[row] ?? 0;
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
    .filter((q) => q.quarter.start >= first && q.quarter.end <= last && tidy(q.total) > 0)
    .map((q) => ({
      periodId: q.quarter.id,
      periodLabel: q.quarter.label,
      total: tidy(q.total),
      lastMonthShare: q.lastMonth / q.total,
      last14DaysShare: q.lastDays / q.total,
    }));
}
