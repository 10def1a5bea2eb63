import { dayFromIso } from '../records/calendar-day';
import { chartFormat, gapInWords } from './format';

const day = (iso: string) => dayFromIso(iso)!;
const en = chartFormat('en-US');

describe('chartFormat', () => {
  it.each([
    ['2019-06-29', 'Jun 29', 'Jun 29, 2019', 'Jun 2019'],
    ['2019-01-01', 'Jan 1', 'Jan 1, 2019', 'Jan 2019'],
    ['1969-12-31', 'Dec 31', 'Dec 31, 1969', 'Dec 1969'],
  ])('formats %s as %s / %s / %s in every time zone', (iso, short, long, month) => {
    expect(en.shortDay(day(iso))).toBe(short);
    expect(en.longDay(day(iso))).toBe(long);
    expect(en.month(day(iso))).toBe(month);
  });

  it.each([
    ['en-US', 96155.4, '96,155', '96,155.4'],
    ['de-DE', 96155.4, '96.155', '96.155,4'],
    ['en-US', 187.8064, '188', '187.8'],
  ])('%s: %d is %s on axes and %s exactly', (locale, value, axis, exact) => {
    const format = chartFormat(locale);
    expect(format.axisNumber(value)).toBe(axis);
    expect(format.exactNumber(value)).toBe(exact);
  });

  it.each([
    [null, '–'],
    [Number.NaN, '–'],
  ])('shows %s as a dash', (value, text) => {
    expect(en.exactNumber(value)).toBe(text);
    expect(en.percent(value)).toBe(text);
  });

  it.each([
    [0.415, '41.5%'],
    [0.83, '83%'],
  ])('percent %d is %s', (share, text) => {
    expect(en.percent(share)).toBe(text);
  });
});

describe('gapInWords', () => {
  it.each([
    [1200, 'behind by 1,200'],
    [-300, 'ahead by 300'],
    [0.4, 'on target'],
    [-0.4, 'on target'],
    [1999.6, 'behind by 2,000'],
  ])('gap %d reads "%s"', (gap, words) => {
    expect(gapInWords(gap, en)).toBe(words);
  });
});
