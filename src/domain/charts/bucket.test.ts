import fc from 'fast-check';
import { dayFromIso, dayFromParts, partsFromDay } from '../records/calendar-day';
import { bucketByMonth, bucketByWeek, monthOf, needsWeeklyBars, weekStartOf } from './bucket';

const day = (iso: string) => dayFromIso(iso)!;

interface Point {
  day: number;
  deliveries: number | null;
  backlog: number | null;
}

const keys = { flows: ['deliveries'] as const, stocks: ['backlog'] as const };

describe('weekStartOf', () => {
  it.each([
    ['2019-06-24', '2019-06-24'], // a Monday
    ['2019-06-29', '2019-06-24'], // Saturday
    ['2019-06-30', '2019-06-24'], // Sunday
    ['2019-07-01', '2019-07-01'],
    ['1970-01-01', '1969-12-29'], // day 0 was a Thursday
    ['1969-12-28', '1969-12-22'], // negative days
  ])('the week of %s starts on %s', (iso, monday) => {
    expect(weekStartOf(day(iso))).toBe(day(monday));
  });

  it('is always a Monday at most 6 days before', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40000, max: 60000 }), (d) => {
        const start = weekStartOf(d);
        expect(d - start).toBeGreaterThanOrEqual(0);
        expect(d - start).toBeLessThan(7);
        expect(new Date(start * 86_400_000).getUTCDay()).toBe(1);
      }),
    );
  });
});

describe('bucketByWeek', () => {
  it('sums flows and keeps the last level of stocks, with partial weeks at the ends', () => {
    // 2019-06-28 (Fri) … 2019-07-02 (Tue): Fri–Sun, then Mon–Tue.
    const points: Point[] = [
      { day: day('2019-06-28'), deliveries: 10, backlog: 100 },
      { day: day('2019-06-29'), deliveries: 20, backlog: 90 },
      { day: day('2019-06-30'), deliveries: null, backlog: null },
      { day: day('2019-07-01'), deliveries: 5, backlog: 80 },
      { day: day('2019-07-02'), deliveries: null, backlog: null },
    ];
    expect(bucketByWeek(points, keys)).toEqual([
      {
        start: day('2019-06-28'),
        end: day('2019-06-30'),
        days: 3,
        values: { deliveries: 30, backlog: 90 },
      },
      {
        start: day('2019-07-01'),
        end: day('2019-07-02'),
        days: 2,
        values: { deliveries: 5, backlog: 80 },
      },
    ]);
  });

  it('a week with no values stays empty, not 0', () => {
    const points: Point[] = [{ day: day('2019-07-01'), deliveries: null, backlog: null }];
    expect(bucketByWeek(points, keys)[0]!.values).toEqual({ deliveries: null, backlog: null });
  });

  it('weekly sums equal the daily sum, and every day lands in exactly one week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3000, max: 30000 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }), { maxLength: 400 }),
        (first, values) => {
          const points = values.map((deliveries, i) => ({
            day: first + i,
            deliveries,
            backlog: null,
          }));
          const weeks = bucketByWeek(points, keys);
          const dailySum = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
          const weeklySum = weeks.reduce((sum, w) => sum + (w.values.deliveries ?? 0), 0);
          expect(weeklySum).toBe(dailySum);
          expect(weeks.reduce((sum, w) => sum + w.days, 0)).toBe(values.length);
          for (const week of weeks) {
            expect(week.days).toBeLessThanOrEqual(7);
            expect(weekStartOf(week.start)).toBe(weekStartOf(week.end));
          }
        },
      ),
    );
  });
});

describe('bucketByMonth', () => {
  it('groups days by calendar month', () => {
    const points = [
      { day: day('2019-06-29'), deliveries: 1, backlog: null },
      { day: day('2019-06-30'), deliveries: 2, backlog: null },
      { day: day('2019-07-01'), deliveries: 4, backlog: 7 },
    ];
    const months = bucketByMonth(points, keys);
    expect(months.map((m) => [m.start, m.days, m.values.deliveries, m.values.backlog])).toEqual([
      [day('2019-06-29'), 2, 3, null],
      [day('2019-07-01'), 1, 4, 7],
    ]);
  });

  it('monthOf is the same number for every day of a month', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 60000 }), (d) => {
        const { year, month } = partsFromDay(d);
        expect(monthOf(d)).toBe(monthOf(dayFromParts(year, month, 1)));
        expect(monthOf(dayFromParts(year, month + 1, 1))).toBe(monthOf(d) + 1);
      }),
    );
  });
});

describe('needsWeeklyBars', () => {
  it.each([
    [92, 2, 2000, false],
    [1000, 2, 2000, false],
    [1001, 2, 2000, true],
    [730, 3, 2000, true],
  ])('%i days × %i bars with %i marks: %s', (days, bars, max, expected) => {
    expect(needsWeeklyBars(days, bars, max)).toBe(expected);
  });
});
