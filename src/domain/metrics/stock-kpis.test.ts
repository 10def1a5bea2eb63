import { periodById } from '../periods/periods';
import { isoFromDay } from '../records/calendar-day';
import type { Dataset } from '../records/dataset';
import { computeKpis } from './kpis';
import { dataset, days, spread } from './test-fixtures';
import type { Kpis, Selection, TargetSettings } from './types';

const ALL: Selection = { regions: [], models: [] };

function june(data: Dataset, settings: TargetSettings = {}, selection: Selection = ALL): Kpis {
  const period = periodById('2019-06');
  if (!period) throw new Error('bad test period');
  return computeKpis(data, period, selection, settings);
}

/** June 1–10: 10 delivered a day, 12 ordered, 15 built; data ends June 10. */
const flows = days({
  from: '2019-06-01',
  to: '2019-06-10',
  values: () => ({ deliveries: 10, orders: 12, production: 15 }),
});

describe('open backlog, unscheduled, inventory and production', () => {
  it.each<[string, Dataset, TargetSettings, Partial<Kpis>]>([
    [
      'no orders, no backlog, no production, no inventory',
      dataset(days({ from: '2019-06-01', to: '2019-06-10', values: () => ({ deliveries: 10 }) })),
      {},
      {
        productionToDate: null,
        openBacklog: null,
        openBacklogSource: null,
        unscheduled: null,
        inventory: null,
        inventorySource: null,
      },
    ],
    [
      'orders and production: both derived since the period start',
      dataset(flows),
      {},
      {
        productionToDate: 150,
        openBacklog: 20,
        openBacklogSource: 'derived',
        inventory: 50,
        inventorySource: 'derived',
      },
    ],
    [
      'an opening backlog is added to the derived backlog',
      dataset(flows),
      { openingBacklog: 1_000 },
      { openBacklog: 1_020, openBacklogSource: 'derived' },
    ],
    [
      'measured levels on as of win over the derivation, summed over regions, never over days',
      dataset(
        flows,
        days({
          from: '2019-06-01',
          to: '2019-06-10',
          region: 'NO',
          values: (i) => ({ backlog: 100 + i, unscheduled: 40 + i, inventory: 7 }),
        }),
        days({
          from: '2019-06-01',
          to: '2019-06-10',
          region: 'NL',
          values: (i) => ({ backlog: 200 + i, unscheduled: 1, inventory: 3 }),
        }),
      ),
      { openingBacklog: 1_000 },
      {
        productionToDate: 150,
        openBacklog: 109 + 209,
        openBacklogSource: 'measure',
        unscheduled: 49 + 1,
        inventory: 10,
        inventorySource: 'measure',
      },
    ],
    [
      'a backlog measured on other days only falls back to the derivation on as of',
      dataset(
        flows,
        days({
          from: '2019-06-01',
          to: '2019-06-05',
          region: 'NO',
          values: () => ({ backlog: 5 }),
        }),
      ),
      {},
      { openBacklog: 20, openBacklogSource: 'derived' },
    ],
    [
      'a backlog measured on other days and no orders: none on as of',
      dataset(
        days({ from: '2019-06-01', to: '2019-06-10', values: () => ({ deliveries: 1 }) }),
        days({
          from: '2019-06-01',
          to: '2019-06-05',
          region: 'NO',
          values: () => ({ backlog: 5 }),
        }),
      ),
      {},
      { openBacklog: null, openBacklogSource: null },
    ],
  ])('%s', (_name, data, settings, expected) => {
    expect(june(data, settings)).toMatchObject(expected);
  });

  it('reads levels for the selected region only', () => {
    const data = dataset(
      flows,
      days({ from: '2019-06-01', to: '2019-06-10', region: 'NO', values: () => ({ backlog: 9 }) }),
    );
    expect(june(data, {}, { regions: ['NO'], models: [] })).toMatchObject({
      openBacklog: 9,
      openBacklogSource: 'measure',
      deliveriesToDate: 0,
      productionToDate: null,
    });
    expect(june(data, {}, { regions: ['US'], models: [] })).toMatchObject({
      openBacklog: 20,
      openBacklogSource: 'derived',
    });
  });
});

describe('best day', () => {
  const data = dataset(
    days({
      from: '2019-05-01',
      to: '2019-05-31',
      values: (i) => ({ deliveries: i === 4 ? 900 : 10 }),
    }),
    days({
      from: '2019-05-05',
      to: '2019-05-05',
      region: 'NO',
      values: () => ({ deliveries: 50 }),
    }),
    days({
      from: '2019-06-01',
      to: '2019-06-10',
      values: (i) => ({ deliveries: i === 2 ? 950 : 10 }),
    }),
    days({ from: '2019-07-01', to: '2019-07-02', values: () => ({ deliveries: 5_000 }) }),
  );

  it.each<[string, string, Selection, number, string]>([
    ['sums the regions of a day', '2019-05', ALL, 950, '2019-05-05'],
    ['keeps the first of equal days, in an earlier period', '2019-06', ALL, 950, '2019-05-05'],
    ['looks at earlier periods', '2019-06', { regions: ['NO'], models: [] }, 50, '2019-05-05'],
    [
      'takes a better day of this period',
      '2019-06',
      { regions: ['US'], models: [] },
      950,
      '2019-06-03',
    ],
    ['ignores days after as of', '2019-05', { regions: ['US'], models: [] }, 900, '2019-05-05'],
    ['takes later periods when viewing them', '2019-07', ALL, 5_000, '2019-07-01'],
  ])('%s', (_name, periodId, selection, value, iso) => {
    const period = periodById(periodId);
    if (!period) throw new Error('bad test period');
    const best = computeKpis(data, period, selection, {}).bestDay;
    expect(best?.value).toBe(value);
    expect(isoFromDay(best?.day ?? NaN)).toBe(iso);
  });

  it('is none without any delivery', () => {
    const data = dataset(
      days({ from: '2019-06-01', to: '2019-06-02', values: () => ({ orders: 3 }) }),
    );
    expect(june(data).bestDay).toBeNull();
  });
});

describe('granularity', () => {
  it.each<[string, Dataset, Kpis['granularity'], Kpis['finestGranularity'], Selection?]>([
    ['daily rows', dataset(flows), 'day', 'day'],
    [
      'monthly figures spread over days',
      dataset(spread('2019-06-01', '2019-06-30', 300, { granularity: 'month' })),
      'month',
      'month',
    ],
    [
      'the coarsest and the finest of a mix',
      dataset(
        flows,
        spread('2019-04-01', '2019-06-30', 900, { region: 'UK', granularity: 'quarter' }),
      ),
      'quarter',
      'day',
    ],
    [
      'monthly and quarterly rows',
      dataset(
        spread('2019-06-01', '2019-06-30', 300, { granularity: 'month' }),
        spread('2019-04-01', '2019-06-30', 900, { region: 'UK', granularity: 'quarter' }),
      ),
      'quarter',
      'month',
    ],
    [
      'only the selection counts: the quarterly UK is not selected',
      dataset(
        spread('2019-06-01', '2019-06-30', 300, { granularity: 'month' }),
        spread('2019-04-01', '2019-06-30', 900, { region: 'UK', granularity: 'quarter' }),
      ),
      'month',
      'month',
      { regions: ['US'], models: [] },
    ],
    ['no rows', dataset(), 'day', 'day'],
  ])('%s', (_name, data, granularity, finest, selection = ALL) => {
    const kpis = june(data, {}, selection);
    expect(kpis.granularity).toBe(granularity);
    expect(kpis.finestGranularity).toBe(finest);
  });
});
