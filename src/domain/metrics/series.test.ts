import { periodById } from '../periods/periods';
import type { Period } from '../periods/types';
import { isoFromDay } from '../records/calendar-day';
import { burnDownSeries, dailySeries } from './series';
import { dataset, days } from './test-fixtures';
import type { Selection } from './types';

const ALL: Selection = { regions: [], models: [] };

function period(id: string): Period {
  const found = periodById(id);
  if (!found) throw new Error(`bad test period ${id}`);
  return found;
}

/** June 2019: 100 delivered and 150 ordered on the 1st–3rd and the 5th; data ends June 5. */
const june = dataset(
  days({
    from: '2019-06-01',
    to: '2019-06-05',
    values: (i) => (i === 3 ? {} : { deliveries: 100, orders: 150 }),
  }),
);

describe('dailySeries', () => {
  const points = dailySeries(june, period('2019-06'), ALL);

  it('has one point per day of the period, in order', () => {
    expect(points).toHaveLength(30);
    expect(isoFromDay(points[0]?.day ?? NaN)).toBe('2019-06-01');
    expect(isoFromDay(points[29]?.day ?? NaN)).toBe('2019-06-30');
  });

  it.each<[string, number, number | null, number | null, number | null]>([
    ['a day with data', 0, 100, 150, 50],
    ['a day without a row before as of counts 0', 3, 0, 0, 150],
    ['as of', 4, 100, 150, 200],
    ['after as of nothing is known', 5, null, null, null],
    ['the last day', 29, null, null, null],
  ])('%s', (_name, index, deliveries, orders, backlog) => {
    expect(points[index]).toMatchObject({
      deliveries,
      orders,
      backlog,
      production: null,
      inventory: null,
    });
  });

  it('derives the backlog with the opening backlog the KPIs use', () => {
    const withOpening = dailySeries(june, period('2019-06'), ALL, { openingBacklog: 10 });
    expect(withOpening[4]?.backlog).toBe(210);
  });

  it('fills every day of a period that is over', () => {
    const later = dataset(
      days({
        from: '2019-06-01',
        to: '2019-06-02',
        values: () => ({ deliveries: 1, production: 2 }),
      }),
      days({ from: '2019-07-01', to: '2019-07-01', values: () => ({ deliveries: 1 }) }),
    );
    const full = dailySeries(later, period('2019-06'), ALL);
    expect(full.every((p) => p.deliveries !== null)).toBe(true);
    expect(full[29]).toMatchObject({ deliveries: 0, production: 0, inventory: 2 });
  });
});

describe('burnDownSeries', () => {
  // 30-day June, goal 3,000; 400 delivered by June 5 (as of, index 4): 2,600 left in 25 days,
  // 104 a day required; the pace is 400 over the period's first 5 days, 80 a day.
  const points = burnDownSeries(june, period('2019-06'), ALL, { goal: { low: 3_000 } });

  it.each<[string, number, Record<string, number | null>]>([
    ['the first day', 0, { remaining: 2_900, ideal: 2_900, projected: null, required: null }],
    ['as of', 4, { remaining: 2_600, ideal: 2_500, projected: 2_600, required: 2_600 }],
    [
      'the day after as of',
      5,
      { remaining: null, ideal: 2_400, projected: 2_520, required: 2_496 },
    ],
    ['the last day', 29, { remaining: null, ideal: 0, projected: 600, required: 0 }],
  ])('%s', (_name, index, expected) => {
    expect(points[index]).toMatchObject(expected);
  });

  it('has one point per day and stops the projection at 0', () => {
    expect(points).toHaveLength(30);
    const fast = burnDownSeries(june, period('2019-06'), ALL, { goal: { low: 1_000 } });
    // 600 left at 80 a day: 7.5 days after as of.
    expect(fast[11]?.projected).toBe(40);
    expect(fast[12]?.projected).toBe(0);
    expect(fast[29]?.projected).toBe(0);
  });

  it('is empty of values without a target', () => {
    const none = burnDownSeries(june, period('2019-06'), ALL, {});
    expect(
      none.every((p) => p.remaining === null && p.ideal === null && p.projected === null),
    ).toBe(true);
  });

  it('stays at 0 once the target is reached', () => {
    const done = burnDownSeries(june, period('2019-06'), ALL, { goal: { low: 300 } });
    expect(done[2]).toMatchObject({ remaining: 0 });
    expect(done[4]).toMatchObject({ remaining: 0, projected: 0, required: 0 });
  });
});
