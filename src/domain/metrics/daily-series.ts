import type { Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import type { Measure } from '../records/measures';
import { dayTotals } from './day-totals';
import { backlogLevels, inventoryLevels } from './levels';
import { tidyOrNull } from './numbers';
import { scanPeriod, type PeriodScan } from './period-scan';
import type { DailyPoint, Selection, TargetSettings } from './types';

function flow(scan: PeriodScan, measure: Measure, index: number): number | null {
  if (!scan.hasMeasure[measure] || index > scan.asOfIndex) return null;
  return scan.sums[measure][index] ?? 0;
}

/** Daily points from an existing scan; levels use the same derivation as the KPIs. */
export function dailyPointsOf(scan: PeriodScan, openingBacklog = 0): DailyPoint[] {
  const backlog = backlogLevels(scan, openingBacklog);
  const inventory = inventoryLevels(scan);
  const points: DailyPoint[] = [];
  for (let i = 0; i < scan.length; i++) {
    points.push({
      day: scan.period.start + i,
      deliveries: flow(scan, 'deliveries', i),
      production: flow(scan, 'production', i),
      orders: flow(scan, 'orders', i),
      backlog: tidyOrNull(backlog.values[i] ?? null),
      inventory: tidyOrNull(inventory.values[i] ?? null),
    });
  }
  return points;
}

/**
 * One point per day of the period. Flows are 0 on days without a row up to as of and null after
 * it, and null throughout when the selection has no value of that measure in the period. Backlog
 * and inventory are levels, derived as for the KPIs when the measure itself is absent.
 */
export function dailySeries(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings = {},
): DailyPoint[] {
  const scan = scanPeriod(dayTotals(dataset, selection), period);
  return dailyPointsOf(scan, settings.openingBacklog ?? 0);
}
