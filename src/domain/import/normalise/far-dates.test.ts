import fc from 'fast-check';
import { dayFromParts } from '../../records/calendar-day';
import type { RawTable } from '../types';
import {
  FAR_DAYS,
  dateBulk,
  farDateIssue,
  farDateIssues,
  isFarDate,
  isOutsideCentury,
  type DateSeen,
} from './far-dates';

const table: RawTable = { file: 'june.csv', sheet: null, rows: [] } as unknown as RawTable;

function iso(text: string): number {
  const [year, month, day] = text.split('-').map(Number);
  return dayFromParts(year ?? 0, month ?? 1, day ?? 1);
}

function seenOf(...days: string[]): DateSeen[] {
  return days.map((day, k) => ({ day: iso(day), row: k + 2, column: 'Date' }));
}

const QUARTERS_2018_2025 = Array.from(
  { length: 32 },
  (_, k) => `${2018 + Math.floor(k / 4)}-${String((k % 4) * 3 + 1).padStart(2, '0')}-01`,
);

describe('farDateIssues', () => {
  it.each([
    ['eight years of quarters: one run, nothing far', QUARTERS_2018_2025, []],
    ['a year typed 2091 for 2019', ['2019-06-28', '2019-06-29', '2091-06-30'], [4]],
    [
      'ten years early and a date before 2000',
      ['2019-06-28', '2019-06-29', '2009-06-30', '1999-12-31'],
      [4, 5],
    ],
    ['a date after 2100 beside its own kind', ['2101-01-01', '2101-01-02', '2019-01-01'], [2, 3]],
    ['two runs as big as each other: the later one is the bulk', ['2010-01-01', '2019-01-01'], [2]],
    ['nearly three years apart: one run', ['2019-01-01', '2021-12-31'], []],
    ['no dates', [], []],
  ])('%s', (_, days, rows) => {
    expect(farDateIssues(table, seenOf(...days)).map((issue) => issue.row)).toEqual(rows);
  });

  it('names the place once and what the date is far from', () => {
    const [issue] = farDateIssues(table, seenOf('2019-06-28', '2019-06-30', '2091-06-30'));
    expect(issue).toMatchObject({
      code: 'date-out-of-range',
      severity: 'warning',
      row: 4,
      column: 'Date',
      message:
        'june.csv, row 4, column "Date": 2091-06-30 is more than three years from the other dates (most dates run from 2019-06-28 to 2019-06-30). The row is kept.',
    });
  });

  it.each([
    ['2019-06-29', 'is more than three years from the other dates (most dates are on 2019-06-29)'],
    ['1999-12-31', 'is outside 2000–2100'],
  ])('says why %s is far', (day, why) => {
    const bulk = { from: iso('2019-06-29'), to: iso('2019-06-29') };
    const far = day === '1999-12-31' ? iso(day) : iso('2091-01-01');
    const issue = farDateIssue(table, { day: far, row: 9, column: 'Date' }, bulk);
    expect(issue.message).toContain(why);
  });
});

describe('dateBulk', () => {
  it('is null when no date lies inside 2000–2100', () => {
    expect(dateBulk([[iso('1970-01-01'), 3]])).toBeNull();
    expect(isFarDate(iso('1970-01-01'), null)).toBe(true);
    expect(isFarDate(iso('2019-01-01'), null)).toBe(false);
  });

  const century = fc.integer({ min: iso('1990-01-01'), max: iso('2110-12-31') });
  const dayCounts = fc
    .uniqueArray(fc.tuple(century, fc.integer({ min: 1, max: 5 })), { selector: ([day]) => day })
    .map((pairs) => pairs.sort((a, b) => a[0] - b[0]));

  it('is the biggest run of dates with no gap over three years, and every date outside it is far from it', () => {
    fc.assert(
      fc.property(dayCounts, (pairs) => {
        const inside = pairs.filter(([day]) => !isOutsideCentury(day));
        const bulk = dateBulk(pairs);
        if (inside.length === 0) {
          expect(bulk).toBeNull();
          return;
        }
        if (bulk === null) throw new Error('a bulk was expected');
        const runs: [number, number][][] = [];
        for (const pair of inside) {
          const run = runs.at(-1);
          if (run && pair[0] - (run.at(-1)?.[0] ?? 0) <= FAR_DAYS) run.push(pair);
          else runs.push([pair]);
        }
        const sizes = runs.map((run) => run.reduce((n, [, count]) => n + count, 0));
        const chosen = runs.findIndex((run) => run[0]?.[0] === bulk.from);
        expect(runs[chosen]?.at(-1)?.[0]).toBe(bulk.to);
        expect(sizes[chosen]).toBe(Math.max(...sizes));
        for (const [day] of inside) {
          const far = day < bulk.from - FAR_DAYS || day > bulk.to + FAR_DAYS;
          expect(isFarDate(day, bulk)).toBe(day < bulk.from || day > bulk.to);
          if (isFarDate(day, bulk)) expect(far).toBe(true);
        }
      }),
    );
  });
});
