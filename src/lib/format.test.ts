import { dayFromIso } from '../domain/records/calendar-day';
import { formatChance, formatCount, formatDay, formatGoalRange, NONE } from './format';

describe('formatting for the screen', () => {
  it.each<[number | null, string, string]>([
    [95200, 'en-US', '95,200'],
    [95200, 'de-DE', '95.200'],
    [1119.6, 'en-US', '1,120'],
    [6.26, 'en-US', '6.3'],
    [6, 'en-US', '6'],
    [0, 'en-US', '0'],
    [-1200, 'en-US', '-1,200'],
    [-0.01, 'en-US', '0'],
    [null, 'en-US', NONE],
    [Number.NaN, 'en-US', NONE],
  ])('count %d in %s → %j', (value, locale, text) => {
    expect(formatCount(value, locale)).toBe(text);
  });

  it.each<[number | null, string]>([
    [63.4, '63%'],
    [0, '0%'],
    [100, '100%'],
    [0.25, '0.3%'],
    [99.74, '99.7%'],
    [null, NONE],
  ])('chance %d → %j', (value, text) => {
    expect(formatChance(value, 'en-US')).toBe(text);
  });

  it.each([
    ['2019-06-29', 'en-US', 'June 29, 2019'],
    ['2019-06-29', 'en-GB', '29 June 2019'],
    ['2019-01-01', 'en-US', 'January 1, 2019'],
  ])('day %s in %s → %j', (iso, locale, text) => {
    expect(formatDay(dayFromIso(iso), locale)).toBe(text);
  });

  it('writes a goal range with the locale separators', () => {
    expect(formatGoalRange({ low: 33000, high: 36000 }, 'en-US')).toBe('33,000–36,000');
    expect(formatGoalRange({ low: 33000 }, 'de-DE')).toBe('33.000');
  });
});
