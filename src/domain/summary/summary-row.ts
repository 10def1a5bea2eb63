import type { Kpis, TargetKind } from '../metrics/types';
import type { Period } from '../periods/types';
import type { CalendarDay } from '../records/calendar-day';

/** One line of the summary download: the KPIs of one region (or the whole selection). */
export interface SummaryRow {
  /** The period's id, e.g. "2019-Q2". */
  period: string;
  /** A region of the selection, or "All selected" for the whole selection. */
  region: string;
  asOf: CalendarDay | null;
  deliveriesToDate: number;
  productionToDate: number | null;
  /** The number remaining is measured against (a range goal's low end). */
  target: number | null;
  targetKind: TargetKind;
  remaining: number | null;
  daysLeft: number;
  requiredPerDay: number | null;
  pacePerDay: number | null;
  projectedTotal: number | null;
  /** 0–100. */
  chanceToReachTarget: number | null;
  openBacklog: number | null;
  inventory: number | null;
  bestDay: number | null;
}

export const ALL_SELECTED = 'All selected';

export function rowFromKpis(period: Period, region: string, kpis: Kpis): SummaryRow {
  return {
    period: period.id,
    region,
    asOf: kpis.asOf,
    deliveriesToDate: kpis.deliveriesToDate,
    productionToDate: kpis.productionToDate,
    target: kpis.target.value,
    targetKind: kpis.target.kind,
    remaining: kpis.remaining,
    daysLeft: kpis.daysLeft,
    requiredPerDay: kpis.requiredPerDay,
    pacePerDay: kpis.pacePerDay,
    projectedTotal: kpis.projectedTotal,
    chanceToReachTarget: kpis.chanceToReachTarget,
    openBacklog: kpis.openBacklog,
    inventory: kpis.inventory,
    bestDay: kpis.bestDay?.value ?? null,
  };
}
