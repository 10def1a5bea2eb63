import fc from 'fast-check';
import { dayFromIso, isoFromDay } from '../records/calendar-day';
import {
  categoryTicks,
  dayOfPeriodTicks,
  dayTicks,
  maxTicksForWidth,
  niceScale,
  yAxisWidth,
} from './ticks';

const day = (iso: string) => dayFromIso(iso)!;

describe('dayTicks', () => {
  it.each([
    [
      'a week, room for all',
      '2019-06-24',
      '2019-06-30',
      10,
      [
        '2019-06-24',
        '2019-06-25',
        '2019-06-26',
        '2019-06-27',
        '2019-06-28',
        '2019-06-29',
        '2019-06-30',
      ],
    ],
    [
      'a week, room for 4',
      '2019-06-24',
      '2019-06-30',
      4,
      ['2019-06-24', '2019-06-26', '2019-06-28', '2019-06-30'],
    ],
    [
      'June, Mondays',
      '2019-06-01',
      '2019-06-30',
      5,
      ['2019-06-03', '2019-06-10', '2019-06-17', '2019-06-24'],
    ],
    [
      'a quarter, 1st and 15th',
      '2019-07-01',
      '2019-09-30',
      7,
      ['2019-07-01', '2019-07-15', '2019-08-01', '2019-08-15', '2019-09-01', '2019-09-15'],
    ],
    [
      'a quarter, narrow',
      '2019-07-01',
      '2019-09-30',
      3,
      ['2019-07-01', '2019-08-01', '2019-09-01'],
    ],
    [
      'two years',
      '2018-01-01',
      '2019-12-31',
      10,
      [
        '2018-01-01',
        '2018-04-01',
        '2018-07-01',
        '2018-10-01',
        '2019-01-01',
        '2019-04-01',
        '2019-07-01',
        '2019-10-01',
      ],
    ],
  ])('%s', (_, start, end, maxTicks, expected) => {
    expect(dayTicks(day(start), day(end), maxTicks).map(isoFromDay)).toEqual(expected);
  });

  it('is empty for an empty range', () => {
    expect(dayTicks(day('2019-07-02'), day('2019-07-01'), 5)).toEqual([]);
  });

  it('never gives more than maxTicks ticks, all inside the range, ascending', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 2, max: 20 }),
        (start, length, maxTicks) => {
          const ticks = dayTicks(start, start + length, maxTicks);
          expect(ticks.length).toBeGreaterThan(0);
          expect(ticks.length).toBeLessThanOrEqual(maxTicks);
          for (const tick of ticks) {
            expect(tick).toBeGreaterThanOrEqual(start);
            expect(tick).toBeLessThanOrEqual(start + length);
          }
          for (let i = 1; i < ticks.length; i++) expect(ticks[i]).toBeGreaterThan(ticks[i - 1]!);
        },
      ),
    );
  });
});

describe('dayOfPeriodTicks', () => {
  it.each([
    [7, 10, [1, 2, 3, 4, 5, 6, 7]],
    [30, 8, [1, 5, 10, 15, 20, 25, 30]],
    [92, 8, [1, 14, 28, 42, 56, 70, 84]],
    [92, 4, [1, 30, 60, 90]],
  ])('%i days in %i ticks', (lastDay, maxTicks, expected) => {
    expect(dayOfPeriodTicks(lastDay, maxTicks)).toEqual(expected);
  });
});

describe('maxTicksForWidth', () => {
  it.each([
    [0, 2],
    [320, 5],
    [1120, 20],
  ])('%i px fit %i labels', (width, ticks) => {
    expect(maxTicksForWidth(width)).toBe(ticks);
  });
});

describe('yAxisWidth', () => {
  const format = (value: number) => new Intl.NumberFormat('en-US').format(value);
  it.each([
    [[], 22],
    [[0, 5, 9], 29],
    [[96_155, 9_600], 67],
    [[null, 1200, -300], 52],
  ])('fits the labels of %j in %i px', (values, width) => {
    expect(yAxisWidth(values, format)).toBe(width);
  });

  it('grows with the number of digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e8 }), (value) => {
        expect(yAxisWidth([value * 10 + 10], format)).toBeGreaterThanOrEqual(
          yAxisWidth([value], format),
        );
      }),
    );
  });
});

describe('niceScale', () => {
  it.each([
    [66_439, [0, 20_000, 40_000, 60_000, 80_000]],
    [3_600, [0, 1_000, 2_000, 3_000, 4_000]],
    [2_000, [0, 500, 1_000, 1_500, 2_000]],
    [95_200, [0, 25_000, 50_000, 75_000, 100_000]],
    [1, [0, 1]],
    [0.3, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [10, [0, 5, 10]],
    [95, [0, 25, 50, 75, 100]],
    [0, [0, 1]],
    [-5, [0, 1]],
  ])('%d: ticks %j', (max, ticks) => {
    const scale = niceScale(max);
    expect(scale.ticks).toEqual(ticks);
    expect(scale.top).toBe(ticks.at(-1));
  });

  it('covers the maximum within one step, in at most 4 even whole steps from 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (max) => {
        const { top, ticks } = niceScale(max);
        const step = ticks[1]! - ticks[0]!;
        expect(ticks[0]).toBe(0);
        expect(ticks.length).toBeLessThanOrEqual(5);
        expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(top - step).toBeLessThan(max);
        for (let i = 1; i < ticks.length; i++) {
          expect(ticks[i]! - ticks[i - 1]!).toBeCloseTo(step, 6);
        }
        for (const tick of ticks) expect(Number.isInteger(tick)).toBe(true);
      }),
    );
  });
});

describe('categoryTicks', () => {
  const quarters = (n: number) => Array.from({ length: n }, (_, i) => `Q${i + 1}`);

  it.each([
    ['all fit', quarters(5), 8, ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']],
    ['every other, ending on the latest', quarters(6), 4, ['Q2', 'Q4', 'Q6']],
    [
      'one a year of quarters',
      quarters(32),
      8,
      ['Q4', 'Q8', 'Q12', 'Q16', 'Q20', 'Q24', 'Q28', 'Q32'],
    ],
    ['nothing to write', [], 4, []],
    ['room for one: the latest', quarters(3), 1, ['Q3']],
  ])('%s', (_, labels, maxTicks, ticks) => {
    expect(categoryTicks(labels, maxTicks)).toEqual(ticks);
  });

  it('writes no more than fit, always the latest, evenly spaced', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 60 }), (n, max) => {
        const labels = Array.from({ length: n }, (_, i) => i);
        const ticks = categoryTicks(labels, max);
        expect(ticks.length).toBeLessThanOrEqual(max);
        expect(ticks.at(-1)).toBe(n - 1);
        const gaps = new Set(ticks.slice(1).map((tick, k) => tick - (ticks[k] ?? 0)));
        expect(gaps.size).toBeLessThanOrEqual(1);
      }),
    );
  });
});
