import fc from 'fast-check';
import { dayFromIso, isoFromDay } from '../records/calendar-day';
import {
  dayOfPeriod,
  fiscalStartOf,
  nextPeriod,
  periodById,
  periodDays,
  periodOf,
  previousPeriod,
  previousPeriods,
} from './periods';
import type { FiscalYearStartMonth, PeriodKind } from './types';

function day(iso: string): number {
  const parsed = dayFromIso(iso);
  if (parsed === null) throw new Error(`bad test date ${iso}`);
  return parsed;
}

const fiscalStarts = fc.integer({ min: 1, max: 12 }) as fc.Arbitrary<FiscalYearStartMonth>;

describe('periodOf', () => {
  it.each<[string, PeriodKind, FiscalYearStartMonth, string, string, string, string]>([
    ['2019-06-29', 'quarter', 1, '2019-Q2', '2019 Q2', '2019-04-01', '2019-06-30'],
    ['2019-01-01', 'quarter', 1, '2019-Q1', '2019 Q1', '2019-01-01', '2019-03-31'],
    ['2019-12-31', 'quarter', 1, '2019-Q4', '2019 Q4', '2019-10-01', '2019-12-31'],
    ['2019-06-29', 'month', 1, '2019-06', 'June 2019', '2019-06-01', '2019-06-30'],
    ['2020-02-10', 'month', 1, '2020-02', 'February 2020', '2020-02-01', '2020-02-29'],
    ['2019-02-10', 'month', 10, '2019-02', 'February 2019', '2019-02-01', '2019-02-28'],
    ['2019-10-01', 'quarter', 10, 'FY2020-Q1', 'FY2020 Q1', '2019-10-01', '2019-12-31'],
    ['2020-09-30', 'quarter', 10, 'FY2020-Q4', 'FY2020 Q4', '2020-07-01', '2020-09-30'],
    ['2019-09-30', 'quarter', 10, 'FY2019-Q4', 'FY2019 Q4', '2019-07-01', '2019-09-30'],
    ['2019-04-15', 'quarter', 4, 'FY2020-Q1', 'FY2020 Q1', '2019-04-01', '2019-06-30'],
    ['2020-03-31', 'quarter', 4, 'FY2020-Q4', 'FY2020 Q4', '2020-01-01', '2020-03-31'],
    ['2019-12-15', 'quarter', 2, 'FY2020-Q4', 'FY2020 Q4', '2019-11-01', '2020-01-31'],
    ['2020-01-31', 'quarter', 2, 'FY2020-Q4', 'FY2020 Q4', '2019-11-01', '2020-01-31'],
    ['2020-02-01', 'quarter', 2, 'FY2021-Q1', 'FY2021 Q1', '2020-02-01', '2020-04-30'],
    ['2019-12-31', 'quarter', 12, 'FY2020-Q1', 'FY2020 Q1', '2019-12-01', '2020-02-29'],
  ])('%s as a %s with fiscal start %i is %s', (iso, kind, start, id, label, first, last) => {
    const period = periodOf(day(iso), kind, start);
    expect(period.id).toBe(id);
    expect(period.label).toBe(label);
    expect(isoFromDay(period.start)).toBe(first);
    expect(isoFromDay(period.end)).toBe(last);
    expect(period.kind).toBe(kind);
  });

  it('always contains the day, starts on a first of month and spans 1 or 3 months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20000, max: 40000 }),
        fc.constantFrom<PeriodKind>('quarter', 'month'),
        fiscalStarts,
        (someDay, kind, start) => {
          const period = periodOf(someDay, kind, start);
          expect(period.start).toBeLessThanOrEqual(someDay);
          expect(period.end).toBeGreaterThanOrEqual(someDay);
          expect(isoFromDay(period.start).endsWith('-01')).toBe(true);
          expect(isoFromDay(period.end + 1).endsWith('-01')).toBe(true);
          const length = periodDays(period);
          if (kind === 'month') expect(length).toBeGreaterThanOrEqual(28);
          else expect(length).toBeGreaterThanOrEqual(89);
          expect(length).toBeLessThanOrEqual(kind === 'month' ? 31 : 92);
        },
      ),
    );
  });
});

describe('periodById', () => {
  it.each<[string, FiscalYearStartMonth, string | null, string | null, string | null]>([
    ['2019-Q2', 1, '2019-Q2', '2019-04-01', '2019-06-30'],
    ['2019-06', 1, '2019-06', '2019-06-01', '2019-06-30'],
    ['2019-06', 10, '2019-06', '2019-06-01', '2019-06-30'],
    ['FY2020-Q1', 10, 'FY2020-Q1', '2019-10-01', '2019-12-31'],
    ['FY2020-Q1', 4, 'FY2020-Q1', '2019-04-01', '2019-06-30'],
    // The same dates under another scheme come back under that scheme's id.
    ['FY2019-Q2', 1, '2019-Q2', '2019-04-01', '2019-06-30'],
    ['2019-Q3', 10, 'FY2019-Q4', '2019-07-01', '2019-09-30'],
    // Calendar quarters are no quarters of a year starting in February.
    ['2019-Q3', 2, null, null, null],
    ['2019-13', 1, null, null, null],
    ['2019-00', 1, null, null, null],
    ['2019-Q5', 1, null, null, null],
    ['2019Q2', 1, null, null, null],
    ['', 1, null, null, null],
  ])('%j with fiscal start %i', (id, start, expectedId, first, last) => {
    const period = periodById(id, start);
    expect(period?.id ?? null).toBe(expectedId);
    expect(period ? isoFromDay(period.start) : null).toBe(first);
    expect(period ? isoFromDay(period.end) : null).toBe(last);
  });

  it('round-trips every id that periodOf makes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40000 }),
        fc.constantFrom<PeriodKind>('quarter', 'month'),
        fiscalStarts,
        (someDay, kind, start) => {
          const period = periodOf(someDay, kind, start);
          expect(periodById(period.id, start)).toEqual(period);
        },
      ),
    );
  });
});

describe('neighbouring periods', () => {
  it.each<[string, string]>([
    ['2019-Q1', '2018-Q4'],
    ['2019-01', '2018-12'],
    ['2019-03', '2019-02'],
  ])('before %s comes %s', (id, previousId) => {
    const period = periodById(id);
    expect(period && previousPeriod(period).id).toBe(previousId);
  });

  it('keeps the fiscal scheme when stepping back and forth', () => {
    const first = periodById('FY2020-Q1', 10);
    expect(first).not.toBeNull();
    if (!first) return;
    expect(previousPeriods(first, 3).map((p) => p.id)).toEqual([
      'FY2019-Q4',
      'FY2019-Q3',
      'FY2019-Q2',
    ]);
    expect(nextPeriod(first).id).toBe('FY2020-Q2');
  });

  it('tiles the calendar: each period starts the day after the previous ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40000 }),
        fc.constantFrom<PeriodKind>('quarter', 'month'),
        fiscalStarts,
        (someDay, kind, start) => {
          const period = periodOf(someDay, kind, start);
          expect(fiscalStartOf(period)).toBe(kind === 'month' ? 1 : start);
          expect(previousPeriod(period).end + 1).toBe(period.start);
          expect(nextPeriod(period).start).toBe(period.end + 1);
          expect(previousPeriod(nextPeriod(period))).toEqual(period);
        },
      ),
    );
  });
});

describe('days within a period', () => {
  it.each<[string, string, number, number]>([
    ['2019-Q2', '2019-04-01', 1, 91],
    ['2019-Q2', '2019-06-30', 91, 91],
    ['2019-06', '2019-06-29', 29, 30],
    ['2020-02', '2020-02-29', 29, 29],
    ['2019-Q1', '2019-03-31', 90, 90],
  ])('in %s, %s is day %i of %i', (id, iso, dayNumber, length) => {
    const period = periodById(id);
    expect(period).not.toBeNull();
    if (!period) return;
    expect(dayOfPeriod(day(iso), period)).toBe(dayNumber);
    expect(periodDays(period)).toBe(length);
  });
});
