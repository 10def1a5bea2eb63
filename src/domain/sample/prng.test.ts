import fc from 'fast-check';
import { createPrng, prngFor, seedFromLabel } from './prng';

function draw(next: () => number, count: number): number[] {
  return Array.from({ length: count }, () => next());
}

describe('seeded generator', () => {
  it.each([0, 1, 42, 0xffffffff])('repeats the same sequence for seed %i', (seed) => {
    expect(draw(createPrng(seed), 50)).toEqual(draw(createPrng(seed), 50));
  });

  it.each([
    ['deliveries US Model 3', 'deliveries US Model S/X'],
    ['orders NO Model 3', 'orders NL Model 3'],
  ])('gives %j and %j different streams', (a, b) => {
    expect(seedFromLabel(a)).not.toBe(seedFromLabel(b));
    expect(draw(prngFor(a), 5)).not.toEqual(draw(prngFor(b), 5));
  });

  it('stays in [0, 1) for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        for (const value of draw(createPrng(seed), 100)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });

  it('is roughly uniform', () => {
    const values = draw(createPrng(2019), 20_000);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const tenths = new Array<number>(10).fill(0);
    for (const value of values) tenths[Math.floor(value * 10)]! += 1;
    expect(mean).toBeCloseTo(0.5, 1);
    for (const count of tenths) expect(count).toBeGreaterThan(1_800);
  });
});
