import type { Kpis } from '../metrics';
import { dayOfPeriod, periodDays } from '../periods';
import type { RegionSeries } from './chart-series-parts';

/** One day of a region's small chart: delivered so far, and the projection's two ends. */
export interface RegionRow {
  day: number;
  dayOfPeriod: number;
  delivered: number | null;
  projected: number | null;
}

/** target − projected total: positive = behind. null when either is unknown. */
export function gapOf(kpis: Kpis): number | null {
  const { target, projectedTotal } = kpis;
  return target.value === null || projectedTotal === null ? null : target.value - projectedTotal;
}

/** Most behind first, so the regions that need help lead; regions without a gap come last. */
export function sortByGap(regions: readonly RegionSeries[]): RegionSeries[] {
  return [...regions].sort((a, b) => {
    const gapA = gapOf(a.kpis);
    const gapB = gapOf(b.kpis);
    if (gapA === null || gapB === null) {
      return (gapA === null ? 1 : 0) - (gapB === null ? 1 : 0) || a.region.localeCompare(b.region);
    }
    return gapB - gapA || a.region.localeCompare(b.region);
  });
}

export function rowsOf({ kpis, cumulative }: RegionSeries): RegionRow[] {
  const { period, asOf, projectedTotal, deliveriesToDate } = kpis;
  const length = periodDays(period);
  const asOfDay = asOf === null ? null : dayOfPeriod(asOf, period);
  const rows: RegionRow[] = Array.from({ length }, (_, i) => ({
    day: period.start + i,
    dayOfPeriod: i + 1,
    delivered: null,
    projected: null,
  }));
  for (const point of cumulative?.points ?? []) {
    const row = rows[point.dayOfPeriod - 1];
    if (row) row.delivered = point.cumulative;
  }
  // The projection is a straight line at the current pace from as of to the period's end.
  if (asOfDay !== null && projectedTotal !== null && asOfDay < length) {
    const from = rows[asOfDay - 1];
    const to = rows[length - 1];
    if (from) from.projected = deliveriesToDate;
    if (to) to.projected = projectedTotal;
  }
  return rows;
}
