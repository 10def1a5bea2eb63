import fc from 'fast-check';
import { dayFromIso, partsFromDay } from '../../records/calendar-day';
import { expandYear, monthSpan, parsePeriodText, quarterSpan } from './calendar-text';

describe('parsePeriodText: month and quarter labels', () => {
  it.each([
    ['2019-06', 'month', '2019-06-01', '2019-06-30', '2019-06'],
    ['2019/06', 'month', '2019-06-01', '2019-06-30', '2019-06'],
    ['2019.6', 'month', '2019-06-01', '2019-06-30', '2019-06'],
    ['2019M06', 'month', '2019-06-01', '2019-06-30', '2019-06'],
    ['06/2019', 'month', '2019-06-01', '2019-06-30', '2019-06'],
    ['Jun 2019', 'month', '2019-06-01', '2019-06-30', '2019-06'],
    ['June 2019', 'month', '2019-06-01', '2019-06-30', '2019-06'],
    ['jun-19', 'month', '2019-06-01', '2019-06-30', '2019-06'],
    ["Sept '19", 'month', '2019-09-01', '2019-09-30', '2019-09'],
    ['2019 Feb', 'month', '2019-02-01', '2019-02-28', '2019-02'],
    ['Feb 2020', 'month', '2020-02-01', '2020-02-29', '2020-02'],
    ['Dezember 2019', 'month', '2019-12-01', '2019-12-31', '2019-12'],
    ['2019-Q2', 'quarter', '2019-04-01', '2019-06-30', '2019-Q2'],
    ['Q2 2019', 'quarter', '2019-04-01', '2019-06-30', '2019-Q2'],
    ['2019Q2', 'quarter', '2019-04-01', '2019-06-30', '2019-Q2'],
    ['2019 q4', 'quarter', '2019-10-01', '2019-12-31', '2019-Q4'],
    ['Q1-2020', 'quarter', '2020-01-01', '2020-03-31', '2020-Q1'],
    ['Q3 19', 'quarter', '2019-07-01', '2019-09-30', '2019-Q3'],
    ['3Q19', 'quarter', '2019-07-01', '2019-09-30', '2019-Q3'],
  ])('%j is %s %s…%s', (text, granularity, start, end, label) => {
    expect(parsePeriodText(text)).toEqual({
      granularity,
      start: dayFromIso(start),
      end: dayFromIso(end),
      label,
    });
  });

  it.each([
    '2019-13',
    '2019-Q5',
    'Q0 2019',
    '2019-06-29',
    '29/06/2019',
    'Foo 2019',
    '2019',
    '',
    'June',
  ])('%j is not a period', (text) => {
    expect(parsePeriodText(text)).toBeNull();
  });

  it('months and quarters cover their days exactly and tile the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const months = Array.from({ length: 12 }, (_, i) => monthSpan(year, i + 1));
        const quarters = [1, 2, 3, 4].map((q) => quarterSpan(year, q));
        for (const spans of [months, quarters]) {
          expect(spans[0]?.start).toBe(dayFromIso(`${year}-01-01`));
          expect(spans.at(-1)?.end).toBe(dayFromIso(`${year}-12-31`));
          spans.slice(1).forEach((span, i) => expect(span.start).toBe((spans[i]?.end ?? 0) + 1));
        }
        expect(partsFromDay(quarters[1]?.end ?? 0)).toEqual({ year, month: 6, day: 30 });
      }),
    );
  });
});

describe('two-digit years', () => {
  it.each([
    ['19', 2019],
    ['00', 2000],
    ['68', 2068],
    ['69', 1969],
    ['99', 1999],
    ['2019', 2019],
  ])('%j → %i', (text, year) => {
    expect(expandYear(text)).toBe(year);
  });
});
