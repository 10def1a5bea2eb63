import fc from 'fast-check';
import { classifyNumberText, isNoValueText, parseNumberText } from './number-text';

describe('classifyNumberText', () => {
  it.each([
    ['1234', 'plain'],
    ['-12', 'plain'],
    ['1 234', 'spaced'],
    ['1\u00a0234', 'spaced'],
    ['1\u202f234\u202f567', 'spaced'],
    ['1,234.5', 'en'],
    ['1,234,567', 'en'],
    ['12.5', 'en'],
    ['0.123', 'en'],
    ['1234.567', 'en'],
    ['1.234,5', 'de'],
    ['1.234.567', 'de'],
    ['12,5', 'de'],
    ['0,123', 'de'],
    ['1 234,5', 'fr'],
    ['1 234,567', 'fr'],
    ['1.234', 'ambiguous'],
    ['1,234', 'ambiguous'],
    ['-95,200', 'ambiguous'],
    ['abc', 'invalid'],
    ['12,34,5', 'invalid'],
    ['1.234,5.6', 'invalid'],
    ['1,2345.6', 'invalid'],
    ['12a', 'invalid'],
  ])('%j is %s', (text, evidence) => {
    expect(classifyNumberText(text)).toBe(evidence);
  });
});

describe('parseNumberText', () => {
  it.each([
    ['1,234.5', 'en', 1234.5],
    ['1,234', 'en', 1234],
    ['1.234', 'en', 1.234],
    ['1.234,5', 'de', 1234.5],
    ['1.234', 'de', 1234],
    ['1,234', 'de', 1.234],
    ['1 234,5', 'fr', 1234.5],
    ['1\u00a0234', 'fr', 1234],
    ['1 234', 'en', 1234],
    ['-1,016', 'en', -1016],
    ['(5)', 'en', -5],
    ['\u22127', 'none', -7],
    ['5822', 'none', 5822],
    ['12.5', 'none', 12.5],
    ['1.234', 'none', null],
    ['1.234,5', 'en', null],
    ['1,234.5', 'de', null],
    ['1.234', 'fr', null],
    ['12,34', 'en', null],
    ['n/a', 'en', null],
  ] as const)('%j read as %s is %s', (text, locale, value) => {
    expect(parseNumberText(text, locale)).toBe(value);
  });

  it('reads every integer back in each locale it is written in', () => {
    const group = (n: number, separator: string): string =>
      String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const sign = whole < 0 ? '-' : '';
          const magnitude = Math.abs(whole);
          const fraction = String(cents).padStart(2, '0');
          const expected = (whole < 0 ? -1 : 1) * Number(`${magnitude}.${fraction}`);
          expect(parseNumberText(`${sign}${group(magnitude, ',')}.${fraction}`, 'en')).toBe(
            expected,
          );
          expect(parseNumberText(`${sign}${group(magnitude, '.')},${fraction}`, 'de')).toBe(
            expected,
          );
          expect(parseNumberText(`${sign}${group(magnitude, '\u00a0')},${fraction}`, 'fr')).toBe(
            expected,
          );
        },
      ),
    );
  });
});

describe('no value', () => {
  it.each(['', '  ', '-', '–', '—', 'n/a', 'N/A', 'na', 'NA', '#N/A'])('%j is no value', (text) => {
    expect(isNoValueText(text)).toBe(true);
  });
  it.each(['0', 'none', '-1'])('%j is a value (or a bad one), not "no value"', (text) => {
    expect(isNoValueText(text)).toBe(false);
  });
});
