import fc from 'fast-check';
import type { Kpis } from '../metrics';
import type { Period } from '../periods';
import { dayFromIso } from '../records';
import type { RegionSeries } from './chart-series-parts';
import { gapOf, rowsOf, sortByGap } from './region-rows';

function day(iso: string): number {
  const parsed = dayFromIso(iso);
  if (parsed === null) throw new Error(`not a day: ${iso}`);
  return parsed;
}

const JUNE: Period = {
  kind: 'month',
  id: '2019-06',
  label: 'June 2019',
  start: day('2019-06-01'),
  end: day('2019-06-30'),
};

interface EntryFigures {
  target?: number | null;
  projected?: number | null;
  asOfDay?: number | null;
  toDate?: number;
  points?: [dayOfPeriod: number, cumulative: number][];
}

/** A region's series with only the KPI fields these functions read. */
function entry(region: string, figures: EntryFigures = {}): RegionSeries {
  const { target = null, projected = null, asOfDay = null, toDate = 0, points } = figures;
  const kpis = {
    period: JUNE,
    asOf: asOfDay === null ? null : JUNE.start + asOfDay - 1,
    target: { value: target },
    projectedTotal: projected,
    deliveriesToDate: toDate,
  } as unknown as Kpis;
  const cumulative = points
    ? {
        periodId: JUNE.id,
        periodLabel: JUNE.label,
        isCurrent: true,
        isRecord: false,
        points: points.map(([dayOfPeriod, total]) => ({ dayOfPeriod, cumulative: total })),
      }
    : null;
  return { region, kpis, cumulative };
}

describe('gapOf', () => {
  it.each([
    [100, 90, 10],
    [100, 150, -50],
    [100, 100, 0],
    [null, 90, null],
    [100, null, null],
  ])('target %s, projected %s: gap %s', (target, projected, gap) => {
    expect(gapOf(entry('A', { target, projected }).kpis)).toBe(gap);
  });
});

describe('sortByGap', () => {
  it.each([
    [
      'most behind first',
      [
        entry('A', { target: 100, projected: 90 }),
        entry('B', { target: 100, projected: 50 }),
        entry('C', { target: 100, projected: 120 }),
      ],
      ['B', 'A', 'C'],
    ],
    [
      'no gap last',
      [entry('A', { projected: 90 }), entry('B', { target: 100, projected: 150 })],
      ['B', 'A'],
    ],
    [
      'ties by name',
      [entry('B', { target: 100, projected: 90 }), entry('A', { target: 100, projected: 90 })],
      ['A', 'B'],
    ],
    ['regions without a gap by name', [entry('B'), entry('A')], ['A', 'B']],
  ])('%s', (_, input, order) => {
    expect(sortByGap(input).map((e) => e.region)).toEqual(order);
  });

  it('leaves its input as it was', () => {
    const input = [
      entry('A', { target: 1, projected: 2 }),
      entry('B', { target: 5, projected: 0 }),
    ];
    sortByGap(input);
    expect(input.map((e) => e.region)).toEqual(['A', 'B']);
  });

  it('gives the same order whatever the input order, gaps never increasing', () => {
    const gap = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null });
    const entries = fc.uniqueArray(fc.record({ name: fc.string(), gap }), {
      selector: (e) => e.name,
      maxLength: 12,
    });
    fc.assert(
      fc.property(entries, (drawn) => {
        const input = drawn.map(({ name, gap: g }) =>
          entry(name, { target: g === null ? null : 1000, projected: g === null ? 5 : 1000 - g }),
        );
        const sorted = sortByGap(input);
        expect(sortByGap([...input].reverse()).map((e) => e.region)).toEqual(
          sorted.map((e) => e.region),
        );
        const gaps = sorted.map((e) => gapOf(e.kpis));
        const known = gaps.filter((g) => g !== null);
        expect(gaps.slice(0, known.length)).toEqual(known);
        for (let i = 1; i < known.length; i++) expect(known[i]).toBeLessThanOrEqual(known[i - 1]!);
      }),
    );
  });
});

describe('rowsOf', () => {
  it('has one row per day of the period, numbered from 1', () => {
    const rows = rowsOf(entry('A'));
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({ day: JUNE.start, dayOfPeriod: 1, delivered: null, projected: null });
    expect(rows[29]?.day).toBe(JUNE.end);
    expect(rows[29]?.dayOfPeriod).toBe(30);
  });

  it('puts each cumulative point on its day and leaves the other days empty', () => {
    const rows = rowsOf(
      entry('A', {
        points: [
          [1, 5],
          [3, 12],
        ],
      }),
    );
    expect(rows.slice(0, 4).map((row) => row.delivered)).toEqual([5, null, 12, null]);
  });

  it.each([
    ['mid-period', 10, 400, 1200, { 10: 400, 30: 1200 }],
    ['on the last day: nothing left to project', 30, 1200, 1200, {}],
    ['no as-of day', null, 0, 1200, {}],
    ['no projection', 10, 400, null, {}],
  ])('projects %s from the as-of day to the end', (_, asOfDay, toDate, projected, expected) => {
    const rows = rowsOf(entry('A', { asOfDay, toDate, projected }));
    const drawn = Object.fromEntries(
      rows.filter((row) => row.projected !== null).map((row) => [row.dayOfPeriod, row.projected]),
    );
    expect(drawn).toEqual(expected);
  });
});
