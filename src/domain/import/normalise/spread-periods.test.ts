import fc from 'fast-check';
import { dayFromIso } from '../../records/calendar-day';
import { monthSpan, quarterSpan } from './calendar-text';
import { spreadEntry, spreadValue } from './spread-periods';

function sumInOrder(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

describe('spreadValue', () => {
  it.each([
    [5822, 31],
    [1016, 28],
    [186, 31],
    [53975, 91],
    [0.1, 3],
    [-7, 30],
    [1, 1],
  ])('%d over %i days sums back exactly', (value, days) => {
    const parts = spreadValue(value, days);
    expect(parts).toHaveLength(days);
    expect(sumInOrder(parts)).toBe(value);
  });

  it('sums back exactly for any value and period length, and is even', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 92 }),
        (value, days) => {
          const parts = spreadValue(value, days);
          // === rather than toBe: a spread -0 sums to +0, which is the same amount.
          expect(sumInOrder(parts) === value).toBe(true);
          for (const part of parts)
            expect(Math.abs(part - value / days)).toBeLessThanOrEqual(
              Math.abs(value) * 1e-9 + 1e-9,
            );
        },
      ),
    );
  });
});

describe('spreadEntry', () => {
  it('spreads flow measures over a month and repeats stock measures on every day', () => {
    const span = monthSpan(2019, 3);
    const records = spreadEntry({
      span,
      region: 'NO',
      model: 'Model 3',
      values: { deliveries: 5315, backlog: 1200 },
      rows: [2],
    });
    expect(records).toHaveLength(31);
    expect(records[0]).toMatchObject({
      day: dayFromIso('2019-03-01'),
      region: 'NO',
      model: 'Model 3',
      granularity: 'month',
    });
    expect(records.at(-1)?.day).toBe(dayFromIso('2019-03-31'));
    expect(sumInOrder(records.map((r) => r.values.deliveries ?? NaN))).toBe(5315);
    expect(new Set(records.map((r) => r.values.backlog))).toEqual(new Set([1200]));
    expect(records.every((r) => r.values.production === undefined)).toBe(true);
  });

  it('spreads any month or quarter of any value so its days sum to the value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 200_000 }),
        (year, month, quarterly, deliveries) => {
          const span = quarterly ? quarterSpan(year, Math.ceil(month / 3)) : monthSpan(year, month);
          const records = spreadEntry({
            span,
            region: 'R',
            model: '',
            values: { deliveries },
            rows: [1],
          });
          expect(records.map((r) => r.day)).toEqual(
            Array.from({ length: span.end - span.start + 1 }, (_, i) => span.start + i),
          );
          expect(sumInOrder(records.map((r) => r.values.deliveries ?? NaN))).toBe(deliveries);
          expect(records.every((r) => r.granularity === span.granularity)).toBe(true);
        },
      ),
    );
  });
});
