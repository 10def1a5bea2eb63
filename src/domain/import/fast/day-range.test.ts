import fc from 'fast-check';
import { dayFromIso } from '../../records/calendar-day';
import {
  CENTURY_FIRST_DAY,
  CENTURY_LAST_DAY,
  DayColumns,
  GroupDayCounts,
  outsideCentury,
} from './day-range';

const adds = fc.array(
  fc.tuple(fc.nat({ max: 20 }), fc.integer({ min: -3000, max: 3000 }), fc.nat({ max: 3 })),
  { maxLength: 400 },
);

describe('GroupDayCounts', () => {
  it('keeps every count where it was added, however it grows', () => {
    fc.assert(
      fc.property(adds, (entries) => {
        const counts = new GroupDayCounts(4);
        const expected = new Map<string, number>();
        for (const [group, day, k] of entries) {
          const at = counts.at(group, day);
          counts.counts[k * counts.plane + at]! += 1;
          const key = `${group}|${day}|${k}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
        for (const [group, day, k] of entries) {
          expect(counts.get(group, day, k)).toBe(expected.get(`${group}|${day}|${k}`));
        }
        expect(counts.get(99, 0, 0)).toBe(0);
      }),
    );
  });
});

describe('DayColumns', () => {
  it('keeps every value where it was put, and its fill elsewhere', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5000, max: 5000 }), { maxLength: 300 }), (days) => {
        const columns = new DayColumns([NaN, 0]);
        for (const day of days) {
          const at = columns.at(day);
          columns.columns[1]![at]! += 1;
          columns.columns[0]![at] = day;
        }
        for (const day of days) {
          const at = columns.at(day);
          expect(columns.columns[0]![at]).toBe(day);
          expect(columns.columns[1]![at]).toBe(days.filter((other) => other === day).length);
        }
      }),
    );
  });
});

describe('outsideCentury', () => {
  it.each([
    ['1999-12-31', true],
    ['2000-01-01', false],
    ['2100-12-31', false],
    ['2101-01-01', true],
  ])('%s: %s', (iso, outside) => {
    expect(outsideCentury(dayFromIso(iso) ?? NaN)).toBe(outside);
    expect(CENTURY_FIRST_DAY).toBeLessThan(CENTURY_LAST_DAY);
  });
});
