import fc from 'fast-check';
import { formatGoal, parseGoal, parseOptionalQuantity, parseQuantity } from './goal';

const english = (value: number) => value.toLocaleString('en-US');

describe('parseQuantity', () => {
  it.each([
    ['33000', 33000],
    ['33,000', 33000],
    ['33.000', 33000],
    ['33 000', 33000],
    ['33\u00a0000', 33000],
    ["33'000", 33000],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['33,5', 33.5],
    ['33.5', 33.5],
    ['0', 0],
    ['33k', 33000],
    ['1.5k', 1500],
    ['2M', 2000000],
    ['+95200', 95200],
  ])('reads %j as %d', (text, expected) => {
    expect(parseQuantity(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'not-a-number'],
    ['abc', 'not-a-number'],
    ['1,23,456', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['1,234,5', 'not-a-number'],
    ['.', 'not-a-number'],
    ['12x', 'not-a-number'],
    ['-5', 'negative'],
  ])('rejects %j with %s', (text, code) => {
    const result = parseQuantity(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});

describe('parseGoal', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['100000', { low: 100000 }],
    ['100,000', { low: 100000 }],
    ['33,000–36,000', { low: 33000, high: 36000 }],
    ['33000-36000', { low: 33000, high: 36000 }],
    ['33 000 — 36 000', { low: 33000, high: 36000 }],
    ['33.000 - 36.000', { low: 33000, high: 36000 }],
    ['33k to 36k', { low: 33000, high: 36000 }],
    ['33000..36000', { low: 33000, high: 36000 }],
    ['35000-35000', { low: 35000 }],
  ])('reads %j', (text, expected) => {
    expect(parseGoal(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['lots', 'not-a-number'],
    ['-5000', 'negative'],
    ['–5000', 'negative'],
    ['36000-33000', 'range-reversed'],
    ['1-2-3', 'too-many-parts'],
    ['33000-', 'not-a-number'],
    ['33000-abc', 'not-a-number'],
  ])('rejects %j with %s and says why', (text, code) => {
    const result = parseGoal(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it.each([
    [{ low: 33000, high: 36000 }, '33,000–36,000'],
    [{ low: 100000 }, '100,000'],
  ])('formats %j as %j', (goal, text) => {
    expect(formatGoal(goal, english)).toBe(text);
  });

  it('reads back every goal it formats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: undefined }),
        (low, extra) => {
          const goal = extra === undefined ? { low } : { low, high: low + extra };
          expect(parseGoal(formatGoal(goal, english))).toEqual({ ok: true, value: goal });
        },
      ),
    );
  });
});

describe('parseOptionalQuantity', () => {
  it.each([
    ['', { ok: true, value: null }],
    ['  ', { ok: true, value: null }],
    ['95,200', { ok: true, value: 95200 }],
  ])('reads %j', (text, expected) => {
    expect(parseOptionalQuantity(text)).toEqual(expected);
  });

  it('rejects text that is not a count', () => {
    expect(parseOptionalQuantity('record').ok).toBe(false);
  });
});
