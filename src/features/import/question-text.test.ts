import fc from 'fast-check';
import { numberInWords, ordinal, questionFor } from './question-text';

describe('question texts', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [112, '112th'],
  ])('ordinal(%i) is %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });

  it.each([
    [0, 'zero'],
    [7, 'seven'],
    [15, 'fifteen'],
    [40, 'forty'],
    [99, 'ninety-nine'],
    [100, 'one hundred'],
    [1234, 'one thousand two hundred thirty-four'],
    [1.234, 'one point two three four'],
    [33000, 'thirty-three thousand'],
    [2_000_001, 'two million one'],
    [-12.5, 'minus twelve point five'],
  ])('numberInWords(%d) is "%s"', (value, words) => {
    expect(numberInWords(value)).toBe(words);
  });

  it('spells every whole number in words, and different numbers differently', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.integer({ min: 0, max: 999_999_999 }),
        (a, b) => {
          expect(numberInWords(a)).toMatch(/^[a-z]+([ -][a-z]+)*$/);
          if (a !== b) expect(numberInWords(a)).not.toBe(numberInWords(b));
        },
      ),
    );
  });

  it.each([
    [
      '03/04/2019',
      'Is 03/04/2019 the 3rd of April or March 4th?',
      ['the 3rd of April (day first)', 'March 4th (month first)'],
    ],
    [
      '1.2.2019',
      'Is 1.2.2019 the 1st of February or January 2nd?',
      ['the 1st of February (day first)', 'January 2nd (month first)'],
    ],
    ['2019', 'Is 2019 written day first or month first?', ['Day first', 'Month first']],
  ])('asks about the date %s', (example, text, labels) => {
    const question = questionFor({ kind: 'date-order', options: ['dmy', 'mdy'], example });
    expect(question.text).toBe(text);
    expect(question.options.map((o) => o.label)).toEqual(labels);
    expect(question.options.map((o) => o.value)).toEqual(['dmy', 'mdy']);
  });

  it.each([
    [
      '1.234',
      'Is 1.234 one thousand two hundred thirty-four or one point two three four?',
      ['de', 'en'],
    ],
    [
      '1,234',
      'Is 1,234 one thousand two hundred thirty-four or one point two three four?',
      ['en', 'de'],
    ],
  ])('asks about the number %s, the whole-number reading first', (example, text, values) => {
    const question = questionFor({ kind: 'number-locale', options: ['en', 'de'], example });
    expect(question.text).toBe(text);
    expect(question.options.map((o) => o.value)).toEqual(values);
    expect(question.options[0]?.label).toBe('1,234 (one thousand two hundred thirty-four)');
  });
});
