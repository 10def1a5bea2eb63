import type { ChartTableData } from '../../../components/chart';
import { gapInWords, type ChartFormat, type RegionSeries } from '../../../domain/charts';
import type { Kpis } from '../../../domain/metrics';
import { dayOfPeriod, periodDays } from '../../../domain/periods';
import { regionLabel } from '../../../domain/records/regions';
import { targetInWords } from './chart-captions';

/** What one region's small chart says: its rows, title, summary and table, and the gap order. */

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

export function titleOf(entry: RegionSeries, format: ChartFormat): string {
  const name = regionLabel(entry.region);
  const gap = gapOf(entry.kpis);
  if (!entry.kpis.hasData) return `${name} — no data`;
  if (gap === null) return `${name} — no target`;
  return `${name} — ${gapInWords(gap, format)}`;
}

export function summaryOf(entry: RegionSeries, format: ChartFormat): string {
  const { kpis } = entry;
  const name = regionLabel(entry.region);
  if (kpis.asOf === null) return `${name}: no deliveries yet in ${kpis.period.label}.`;
  const parts = [
    `${name}: ${format.axisNumber(kpis.deliveriesToDate)} delivered by ${format.longDay(kpis.asOf)}.`,
  ];
  const target = targetInWords(kpis, format);
  if (target) parts.push(`Target: ${target}.`);
  if (kpis.projectedTotal !== null) {
    parts.push(`At the current pace: ${format.axisNumber(kpis.projectedTotal)} by the end.`);
  }
  return parts.join(' ');
}

export function tableOf(entry: RegionSeries, rows: readonly RegionRow[]): ChartTableData {
  return {
    caption: `${regionLabel(entry.region)}: deliveries so far per day, ${entry.kpis.period.label}`,
    columns: [
      { key: 'day', label: 'Date', kind: 'day' },
      { key: 'delivered', label: 'Delivered so far', kind: 'number' },
      { key: 'projected', label: 'At current pace', kind: 'number' },
    ],
    rows: rows.map((row) => ({ ...row })),
  };
}
