import type { Cell } from '../types';
import { describeColumn, detectDateOrder, detectNumberLocale } from './detect-column';

describe('detectNumberLocale (per column)', () => {
  it.each<[string, Cell[], string]>([
    ['plain integers', ['186', '1016', '5822'], 'none'],
    ['workbook numbers', [186, 1016.5, 5822], 'none'],
    ['en grouping and decimals', ['1,234.5', '12', '1,016'], 'en'],
    ['en decimals only', ['12.5', '3.25'], 'en'],
    ['en grouping with several groups', ['1,234,567', '1,016'], 'en'],
    ['de grouping and decimals', ['1.234,5', '1.016', '7'], 'de'],
    ['de decimals only', ['12,5', '0,75'], 'de'],
    ['de grouping with several groups', ['1.234.567', '1.016'], 'de'],
    ['spaces and comma decimals', ['1 234,5', '1 016'], 'fr'],
    ['spaces only', ['1 234', '95 200'], 'fr'],
    ['blanks and dashes are ignored', ['', '-', 'n/a', '12.5'], 'en'],
    ['majority wins a conflict', ['1.5', '2.5', '3,5'], 'en'],
  ])('%s → %s', (_, cells, locale) => {
    expect(detectNumberLocale(cells)).toEqual({ numberLocale: locale });
  });

  it.each<[string, Cell[], string]>([
    ['one ambiguous value', ['1.234'], '1.234'],
    ['only ambiguous and plain values', ['12', '1,016', '5,822', '7'], '1,016'],
    ['ambiguous with blanks', ['', '95.200', '-'], '95.200'],
  ])('%s → asks, with example %j', (_, cells, example) => {
    expect(detectNumberLocale(cells)).toEqual({
      needsAnswer: { kind: 'number-locale', options: ['en', 'de'], example },
    });
  });
});

describe('detectDateOrder (per column)', () => {
  it.each<[string, Cell[], boolean, string]>([
    ['ISO', ['2019-06-29', '2019-06-30'], false, 'ymd'],
    ['ISO with slashes', ['2019/06/29'], false, 'ymd'],
    ['workbook dates', [{ kind: 'date', day: 18076 }], false, 'ymd'],
    ['day-first proven by a day over 12', ['01/06/2019', '29/06/2019'], false, 'dmy'],
    ['day-first with dots', ['29.06.2019', '01.07.2019'], false, 'dmy'],
    ['month-first proven by a day over 12', ['06/01/2019', '06/29/2019'], false, 'mdy'],
    ['two-digit years', ['06/29/19'], false, 'mdy'],
    ['unformatted serials', [43645, 43646], false, 'serial1900'],
    ['unformatted serials in a 1904 workbook', [42183, 42184], true, 'serial1904'],
    ['serial text', ['43645'], false, 'serial1900'],
    ['same day and month is no evidence', ['06/06/2019', '2019-06-07'], false, 'ymd'],
  ])('%s → %s', (_, cells, uses1904, dateOrder) => {
    expect(detectDateOrder(cells, uses1904)).toEqual({ dateOrder });
  });

  it.each<[string, Cell[], string]>([
    ['every part ≤ 12', ['03/04/2019', '05/06/2019'], '03/04/2019'],
    ['dots, every part ≤ 12', ['01.02.2019'], '01.02.2019'],
    ['equal evidence both ways', ['29/06/2019', '06/29/2019'], '29/06/2019'],
  ])('%s → asks, with example %j', (_, cells, example) => {
    expect(detectDateOrder(cells, false)).toEqual({
      needsAnswer: { kind: 'date-order', options: ['dmy', 'mdy'], example },
    });
  });
});

describe('describeColumn', () => {
  it('counts dates, periods and numbers among filled cells', () => {
    expect(describeColumn(['2019-06-29', '2019-06', 'Q2 2019', '12', null, '-', 'text'])).toEqual({
      filled: 5,
      dates: 1,
      periods: 2,
      numbers: 1,
    });
  });
});
