import type { ChartTableData } from '../../../components/chart';
import { gapInWords, type ChartFormat, type RegionSeries } from '../../../domain/charts';
import { gapOf, type RegionRow } from '../../../domain/charts/region-rows';
import { regionLabel } from '../../../domain/records/regions';
import { targetInWords } from './chart-captions';

/** What one region's small chart says: its title, summary and table. */

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
