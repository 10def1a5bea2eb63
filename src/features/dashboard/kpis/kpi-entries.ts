import type { Kpis } from '../../../domain/metrics/types';
import { formatChance, formatCount, formatDay, formatGoalRange, NONE } from '../../../lib/format';

export interface KpiEntry {
  term: string;
  value: string;
  /** A short qualifier under the value: over how many days, where a figure comes from. */
  detail?: string;
}

/** "Record 95,200 (2019 Q2)", "Goal 33,000–36,000", or "—". */
/**
 * What a derived inventory means: production − deliveries since the period began. Below zero,
 * more cars went out than were built: the period is drawing on earlier stock.
 */
function inventoryDetail(kpis: Kpis): string | undefined {
  if (kpis.inventorySource !== 'derived') return undefined;
  return kpis.inventory !== null && kpis.inventory < 0
    ? 'more delivered than built this period'
    : 'built, not delivered this period';
}

export function targetText(kpis: Kpis, locale?: string): string {
  const { target, record } = kpis;
  if (target.kind === 'goal' && target.goal) return `Goal ${formatGoalRange(target.goal, locale)}`;
  if (target.kind === 'record' && record) {
    return `Record ${formatCount(record.total, locale)} (${record.periodLabel})`;
  }
  return NONE;
}

/** The KPI cards of PRODUCT.md §3, in its order, formatted for the reader's locale. */
export function kpiEntries(kpis: Kpis, locale?: string): KpiEntry[] {
  const count = (value: number | null) => formatCount(value, locale);
  const entries: KpiEntry[] = [
    { term: 'Deliveries to date', value: count(kpis.deliveriesToDate) },
    { term: 'Target', value: targetText(kpis, locale) },
    { term: 'Remaining', value: count(kpis.remaining) },
    { term: 'Days left', value: count(kpis.daysLeft) },
    { term: 'Required per day', value: count(kpis.requiredPerDay) },
    {
      term: 'Current pace per day',
      value: count(kpis.pacePerDay),
      detail:
        kpis.pacePerDay === null
          ? undefined
          : `last ${kpis.paceDays} ${kpis.paceDays === 1 ? 'day' : 'days'}`,
    },
    { term: 'Projected total', value: count(kpis.projectedTotal) },
    { term: 'Chance to reach target', value: formatChance(kpis.chanceToReachTarget, locale) },
    { term: 'Production to date', value: count(kpis.productionToDate) },
    { term: 'Open backlog', value: count(kpis.openBacklog), detail: backlogDetail(kpis, locale) },
    {
      term: 'Inventory',
      value: count(kpis.inventory),
      detail: inventoryDetail(kpis),
    },
    {
      term: 'Best day',
      value: count(kpis.bestDay?.value ?? null),
      detail: kpis.bestDay ? formatDay(kpis.bestDay.day, locale) : undefined,
    },
  ];
  return entries;
}

function backlogDetail(kpis: Kpis, locale?: string): string | undefined {
  if (kpis.openBacklog === null) return undefined;
  const parts: string[] = [];
  if (kpis.unscheduled !== null) parts.push(`${formatCount(kpis.unscheduled, locale)} unscheduled`);
  if (kpis.openBacklogSource === 'derived') parts.push('from orders − deliveries');
  return parts.length > 0 ? parts.join(', ') : undefined;
}
