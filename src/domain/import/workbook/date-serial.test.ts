import fc from 'fast-check';
import { dayFromIso, isoFromDay } from '../../records/calendar-day';
import { dayFromSerial, isDateFormat, type DateSystem } from './date-serial';

describe('dayFromSerial', () => {
  it.each<[number, DateSystem, string]>([
    [1, 1900, '1900-01-01'],
    [59, 1900, '1900-02-28'],
    [61, 1900, '1900-03-01'],
    [11111, 1900, '1930-06-02'],
    [25569, 1900, '1970-01-01'],
    [43646, 1900, '2019-06-30'],
    [43646.75, 1900, '2019-06-30'],
    [44035.99999999999, 1900, '2020-07-24'],
    [2958465, 1900, '9999-12-31'],
    [0, 1904, '1904-01-01'],
    [1, 1904, '1904-01-02'],
    [11111, 1904, '1934-06-03'],
    [42184, 1904, '2019-06-30'],
    [2957003, 1904, '9999-12-31'],
  ])('serial %d in the %i system is %s', (serial, dateSystem, iso) => {
    const day = dayFromSerial(serial, dateSystem);
    expect(day === null ? null : isoFromDay(day)).toBe(iso);
  });

  it.each<[number, DateSystem, string]>([
    [60, 1900, 'the fictitious 1900-02-29'],
    [60.5, 1900, 'a time on the fictitious 1900-02-29'],
    [0, 1900, '1900-01-00'],
    [-1, 1900, 'a negative serial'],
    [-0.5, 1904, 'a negative serial'],
    [2958466, 1900, 'a day after 9999'],
    [2957004, 1904, 'a day after 9999'],
    [Number.NaN, 1900, 'not a number'],
    [Number.POSITIVE_INFINITY, 1904, 'infinity'],
  ])('serial %d in the %i system is no day (%s)', (serial, dateSystem) => {
    expect(dayFromSerial(serial, dateSystem)).toBeNull();
  });

  it('counts whole days from 1970 past the leap-year bug', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25508, max: 2932896 }), (day) => {
        expect(dayFromSerial(day + 25569, 1900)).toBe(day);
      }),
    );
  });

  it('puts the 1904 system 1,462 days after the 1900 system for the same serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2957003 }), (serial) => {
        const day1900 = dayFromSerial(serial, 1900);
        const day1904 = dayFromSerial(serial, 1904);
        expect(day1900).not.toBeNull();
        expect(day1904).toBe((day1900 ?? 0) + 1462);
      }),
    );
  });

  it('ignores the time of day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2958465 }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        fc.constantFrom<DateSystem>(1900, 1904),
        (serial, timeOfDay, dateSystem) => {
          expect(dayFromSerial(serial + timeOfDay, dateSystem)).toBe(
            dayFromSerial(serial, dateSystem),
          );
        },
      ),
    );
  });

  it('gives serials 1–59 consecutive days ending on 1900-02-28', () => {
    const days = Array.from({ length: 59 }, (_, index) => dayFromSerial(index + 1, 1900));
    expect(days.at(-1)).toBe(dayFromIso('1900-02-28'));
    days.forEach((day, index) => expect(day).toBe((days[0] ?? 0) + index));
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['yyyy\\-mm\\-dd;@', true],
    ['yyyy"-"mm"-"dd;@', true],
    ['M/d/yyyy', true],
    ['m/d/yy', true],
    ['M/d/yyyy H:mm:ss', true],
    ['[$-409]mmmm d, yyyy', true],
    ['mmm-yy', true],
    ['dd/mm/yyyy', true],
    ['h:mm AM/PM', false],
    ['[h]:mm:ss', false],
    ['hh:mm:ss', false],
    ['General', false],
    ['0.00%', false],
    ['"$"#,##0.00', false],
    ['#,##0 "days"', false],
    ['0', false],
    [undefined, false],
  ])('%j is a date format: %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
