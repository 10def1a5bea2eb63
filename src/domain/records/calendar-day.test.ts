import fc from 'fast-check';
import { dayFromIso, dayFromParts, daysInMonth, isoFromDay, partsFromDay } from './calendar-day';

describe('calendar days', () => {
  it.each([
    ['1970-01-01', 0],
    ['2019-06-29', 18076],
    ['2019-12-31', 18261],
    ['1900-02-28', -25509],
  ])('%s is day %i', (iso, day) => {
    expect(dayFromIso(iso)).toBe(day);
    expect(isoFromDay(day)).toBe(iso);
  });

  it.each(['2019-02-29', '2019-13-01', '2019-6-1', '29/06/2019', ''])('rejects %j', (text) => {
    expect(dayFromIso(text)).toBeNull();
  });

  it.each([
    [2019, 2, 28],
    [2020, 2, 29],
    [2019, 6, 30],
    [2019, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('round-trips every day through its parts and ISO text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 60000 }), (day) => {
        const { year, month, day: dayOfMonth } = partsFromDay(day);
        expect(dayFromParts(year, month, dayOfMonth)).toBe(day);
        expect(dayFromIso(isoFromDay(day))).toBe(day);
      }),
    );
  });
});
