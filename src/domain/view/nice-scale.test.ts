import fc from 'fast-check';
import { niceScale, niceTicks } from './nice-scale';

describe('niceTicks', () => {
  // Expected values as Recharts 3.10 draws them (getNiceTickValues, adaptive step).
  it.each([
    { min: 0, max: 17234, decimals: false, ticks: [0, 4500, 9000, 13500, 18000] },
    { min: 0, max: 0, decimals: false, ticks: [0, 1, 2, 3, 4] },
    { min: 0, max: 3.5, decimals: false, ticks: [0, 1, 2, 3, 4] },
    { min: 0, max: 1, decimals: true, ticks: [0, 0.25, 0.5, 0.75, 1] },
    { min: 0, max: 100, decimals: false, ticks: [0, 25, 50, 75, 100] },
    { min: 0, max: 0.3, decimals: true, ticks: [0, 0.075, 0.15, 0.225, 0.3] },
    { min: -50, max: 120, decimals: false, ticks: [-50, 0, 50, 100, 150] },
    { min: 0, max: 1_234_567, decimals: false, ticks: [0, 350000, 700000, 1050000, 1400000] },
  ])('[$min, $max] → $ticks', ({ min, max, decimals, ticks }) => {
    expect(niceTicks(min, max, 5, decimals)).toEqual(ticks);
  });

  it('gives tickCount evenly spaced ticks around the interval, whole numbers when asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        (min, span) => {
          const ticks = niceTicks(min, min + span, 5, false);
          if (ticks === null) return;
          expect(ticks).toHaveLength(5);
          expect(ticks[0]!).toBeLessThanOrEqual(min);
          expect(ticks[4]!).toBeGreaterThanOrEqual(min + span);
          const step = ticks[1]! - ticks[0]!;
          expect(step).toBeGreaterThan(0);
          for (let i = 1; i < ticks.length; i++) {
            expect(Number.isInteger(ticks[i])).toBe(true);
            expect(ticks[i]! - ticks[i - 1]!).toBe(step);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('niceScale', () => {
  it.each([
    { values: [3, 17234, 900], domain: [0, 18000], ticks: [0, 4500, 9000, 13500, 18000] },
    { values: [0, 0], domain: [0, 4], ticks: [0, 1, 2, 3, 4] },
    { values: [NaN, 100, Infinity], domain: [0, 100], ticks: [0, 25, 50, 75, 100] },
    { values: [-50, 120], domain: [-50, 150], ticks: [-50, 0, 50, 100, 150] },
  ])('$values → $domain', ({ values, domain, ticks }) => {
    expect(niceScale(values, { allowDecimals: false })).toEqual({ domain, ticks });
  });

  it.each([
    { values: [] as number[], why: 'no value' },
    { values: [NaN, -Infinity], why: 'no finite value' },
    { values: [-5, -1], why: 'every value below 0' },
  ])('is null with $why', ({ values }) => {
    expect(niceScale(values, { allowDecimals: false })).toBeNull();
  });

  it('is null where the step is within a hair of a power of ten', () => {
    // max / 4 = 99.99999999999999: Recharts' logarithm rounds it up to 2 (digit count 3).
    expect(niceScale([399.99999999999994], { allowDecimals: false })).toBeNull();
  });

  it('covers every value, from 0 or below, with the first and last tick as its ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { minLength: 1 }),
        (values) => {
          const scale = niceScale(values, { allowDecimals: false });
          if (Math.max(...values) < 0) {
            expect(scale).toBeNull();
            return;
          }
          if (scale === null) return;
          // == as -0 and 0 are the same end.
          expect(scale.domain[0] == scale.ticks[0]).toBe(true);
          expect(scale.domain[1]).toBe(scale.ticks[scale.ticks.length - 1]);
          for (const value of values) {
            expect(value).toBeGreaterThanOrEqual(scale.domain[0]);
            expect(value).toBeLessThanOrEqual(scale.domain[1]);
          }
          expect(scale.domain[0]).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
