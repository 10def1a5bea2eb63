import { previousPeriods } from '../periods/periods';
import type { Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import { dayTotals } from './day-totals';
import { scanHistory } from './history';
import { tidy } from './numbers';
import { scanPeriod, type PeriodScan } from './period-scan';
import type { CumulativeSeries, Selection } from './types';

export interface CumulativeOptions {
  /** How many periods before this one to draw (default 3). */
  compareWith?: number;
}

function seriesOf(scan: PeriodScan, isCurrent: boolean, isRecord: boolean): CumulativeSeries {
  const points: CumulativeSeries['points'] = [];
  let cumulative = 0;
  for (let i = 0; i <= scan.asOfIndex; i++) {
    cumulative += scan.sums.deliveries[i] ?? 0;
    points.push({ dayOfPeriod: i + 1, cumulative: tidy(cumulative) });
  }
  return {
    periodId: scan.period.id,
    periodLabel: scan.period.label,
    isCurrent,
    isRecord,
    points,
  };
}

/**
 * Cumulative deliveries by day of period: this period first (up to as of), then the previous
 * periods of the same kind, nearest first (those without data for the selection are left out),
 * then the record period when it is not one of them. The record is the one found in the data:
 * a typed record has no days to draw.
 */
export function cumulativeByDayOfPeriod(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  options: CumulativeOptions = {},
): CumulativeSeries[] {
  const totals = dayTotals(dataset, selection);
  const record = scanHistory(totals, period, period.start - 1).record;
  const recordId = record?.period.id ?? null;

  const series = [seriesOf(scanPeriod(totals, period), true, false)];
  let recordShown = false;
  for (const earlier of previousPeriods(period, options.compareWith ?? 3)) {
    const scan = scanPeriod(totals, earlier);
    if (!scan.hasData) continue;
    const isRecord = earlier.id === recordId;
    recordShown ||= isRecord;
    series.push(seriesOf(scan, false, isRecord));
  }
  if (record && !recordShown) {
    series.push(seriesOf(scanPeriod(totals, record.period), false, true));
  }
  return series;
}
