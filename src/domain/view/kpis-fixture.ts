import type { Kpis } from '../metrics/types';
import { dayFromIso } from '../records/calendar-day';

/**
 * KPIs of late June 2019 in North America (DOMAIN.md): 31,000 of a 33,000 goal with a day left.
 * For tests of code that only reads KPIs; override what a case is about.
 */
export function kpisFixture(overrides: Partial<Kpis> = {}): Kpis {
  const start = dayFromIso('2019-04-01') ?? 0;
  const end = dayFromIso('2019-06-30') ?? 0;
  return {
    period: { kind: 'quarter', id: '2019-Q2', label: '2019 Q2', start, end },
    asOf: end - 1,
    deliveriesToDate: 31_000,
    productionToDate: 29_500,
    daysLeft: 1,
    record: { total: 30_500, periodLabel: '2019 Q1', periodId: '2019-Q1' },
    target: { kind: 'goal', value: 33_000, goal: { low: 33_000, high: 36_000 } },
    remaining: 2_000,
    requiredPerDay: 2_000,
    pacePerDay: 1_050,
    paceDays: 7,
    projectedTotal: 32_050,
    chanceToReachTarget: 3.2,
    openBacklog: 12_000,
    openBacklogSource: 'measure',
    unscheduled: 5_000,
    inventory: 800,
    inventorySource: 'measure',
    bestDay: { value: 1_310, day: end - 2 },
    granularity: 'day',
    // One granularity unless a case mixes them.
    finestGranularity: overrides.granularity ?? 'day',
    hasData: true,
    ...overrides,
  };
}
