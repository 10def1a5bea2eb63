import fc from 'fast-check';
import { allocateLargestRemainder } from './largest-remainder';

describe('largest-remainder allocation', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [7, [0, 1, 1], [0, 4, 3]],
    [3, [2, 1], [2, 1]],
    [5, [0.2, 0.3, 0.5], [1, 2, 2]],
    [100, [1, 2, 3, 4], [10, 20, 30, 40]],
    [1, [1, 3], [0, 1]],
    [0, [5, 5], [0, 0]],
    [0, [0, 0], [0, 0]],
  ])('splits %i over %j as %j', (total, weights, expected) => {
    expect(allocateLargestRemainder(total, weights)).toEqual(expected);
  });

  it.each([
    [-1, [1]],
    [2.5, [1]],
    [Number.NaN, [1]],
    [3, [1, -1]],
    [3, [1, Number.POSITIVE_INFINITY]],
    [3, [0, 0]],
    [3, []],
  ])('refuses to split %d over %j', (total, weights) => {
    expect(() => allocateLargestRemainder(total, weights)).toThrow(RangeError);
  });

  it('adds up exactly and never strays a whole unit from the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.array(fc.double({ min: 0, max: 1_000, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (total, rawWeights) => {
          const weights = rawWeights.some((weight) => weight > 0) ? rawWeights : [...rawWeights, 1];
          const parts = allocateLargestRemainder(total, weights);
          const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
          parts.forEach((part, i) => {
            const exact = (total * (weights[i] ?? 0)) / weightSum;
            expect(Number.isInteger(part)).toBe(true);
            expect(part).toBeGreaterThanOrEqual(0);
            expect(Math.abs(part - exact)).toBeLessThan(1 + 1e-9);
            if (weights[i] === 0) expect(part).toBe(0);
          });
        },
      ),
    );
  });
});
