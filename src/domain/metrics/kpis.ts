import type { Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import { chanceToReach } from './chance';
import { dayTotals } from './day-totals';
import { scanHistory, type PeriodTotal } from './history';
import { backlogLevels, inventoryLevels } from './levels';
import { tidy, tidyOrNull } from './numbers';
import { currentPace, recentDeliveries } from './pace';
import { scanPeriod, sumDays, type PeriodScan } from './period-scan';
import { resolveRecord, resolveTarget } from './target';
import type { Kpis, Selection, TargetSettings } from './types';

export interface KpiOptions {
  /** false skips the chance simulation (chanceToReachTarget null), for cheap per-region cards. */
  simulate?: boolean;
}

/** The KPIs together with the scans they came from, for the series built on the same numbers. */
export interface KpiAnalysis {
  kpis: Kpis;
  scan: PeriodScan;
  recordFromData: PeriodTotal | null;
}

export function analysePeriod(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings,
  options: KpiOptions = {},
): KpiAnalysis {
  const totals = dayTotals(dataset, selection);
  const scan = scanPeriod(totals, period);
  const { asOf, asOfIndex, sums, hasMeasure, present } = scan;
  const history = scanHistory(totals, period, asOf ?? period.end);

  const deliveriesToDate = tidy(sumDays(sums.deliveries, 0, asOfIndex));
  const productionToDate = hasMeasure.production
    ? tidy(sumDays(sums.production, 0, asOfIndex))
    : null;
  // Without an as of nothing of the period has happened yet: all of it is left.
  const daysLeft = asOf === null ? scan.length : period.end - asOf;

  const record = resolveRecord(settings, history.record);
  const target = resolveTarget(settings, record);
  const remaining =
    target.value === null ? null : tidy(Math.max(target.value - deliveriesToDate, 0));
  const requiredPerDay = remaining === null || daysLeft === 0 ? null : remaining / daysLeft;

  const pace = currentPace(scan);
  const projectedTotal = pace.perDay === null ? null : deliveriesToDate + pace.perDay * daysLeft;
  const chanceToReachTarget =
    remaining === null || options.simulate === false
      ? null
      : chanceToReach(recentDeliveries(scan), daysLeft, remaining);

  const backlog = backlogLevels(scan, settings.openingBacklog ?? 0);
  const inventory = inventoryLevels(scan);
  const unscheduled = asOfIndex >= 0 && present.unscheduled[asOfIndex] === 1;

  const kpis: Kpis = {
    period,
    asOf,
    deliveriesToDate,
    productionToDate,
    daysLeft,
    record,
    target,
    remaining,
    requiredPerDay,
    pacePerDay: pace.perDay,
    paceDays: pace.days,
    projectedTotal: tidyOrNull(projectedTotal),
    chanceToReachTarget,
    openBacklog: tidyOrNull(backlog.values[asOfIndex] ?? null),
    openBacklogSource: backlog.sources[asOfIndex] ?? null,
    unscheduled: unscheduled ? tidy(sums.unscheduled[asOfIndex] ?? 0) : null,
    inventory: tidyOrNull(inventory.values[asOfIndex] ?? null),
    inventorySource: inventory.sources[asOfIndex] ?? null,
    bestDay: history.bestDay,
    granularity: scan.granularity,
    finestGranularity: scan.finestGranularity,
    hasData: scan.hasData,
  };
  return { kpis, scan, recordFromData: history.record };
}

/** Every KPI of PRODUCT.md §2 for one period × selection × target settings. */
export function computeKpis(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings,
  options: KpiOptions = {},
): Kpis {
  return analysePeriod(dataset, period, selection, settings, options).kpis;
}
