import fc from 'fast-check';
import { chanceToReach } from './chance';
import { CHANCE_SEED, mulberry32 } from './random';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const first = mulberry32(seed);
        const second = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const value = first();
          expect(second()).toBe(value);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });

  it('spreads draws evenly over ten buckets', () => {
    const random = mulberry32(1);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[Math.floor(random() * 10)]! += 1;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('chanceToReach', () => {
  it.each<[string, number[], number, number, number | null]>([
    ['nothing remaining', [0, 0], 5, 0, 100],
    ['no day left', [100, 200], 0, 1, 0],
    ['nothing to draw from', [], 5, 10, null],
    ['every ending falls short', [1, 2, 3], 10, 31, 0],
    ['every ending gets there', [3, 4, 5], 10, 30, 100],
    // One day left, half the recent days reach 100: one in two.
    ['a coin toss', [0, 100], 1, 100, 50],
  ])('%s', (_name, recent, daysLeft, remaining, expected) => {
    const chance = chanceToReach(recent, daysLeft, remaining);
    if (expected === 50) expect(Math.abs((chance ?? 0) - 50)).toBeLessThan(2);
    else expect(chance).toBe(expected);
  });

  it('draws with mulberry32 from the fixed seed', () => {
    // One day left, recent days 0…13, target 7: an ending reaches it when it draws index ≥ 7.
    const recent = Array.from({ length: 14 }, (_, i) => i);
    const random = mulberry32(CHANCE_SEED);
    let reached = 0;
    for (let i = 0; i < 1_000; i++) if (Math.floor(random() * 14) >= 7) reached++;
    expect(chanceToReach(recent, 1, 7, 1_000)).toBe((reached / 1_000) * 100);
  });

  it('is a percentage, the same every time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 40_000 }),
        (recent, daysLeft, remaining) => {
          const chance = chanceToReach(recent, daysLeft, remaining, 500);
          expect(chance).not.toBeNull();
          expect(chance).toBeGreaterThanOrEqual(0);
          expect(chance).toBeLessThanOrEqual(100);
          expect(chanceToReach(recent, daysLeft, remaining, 500)).toBe(chance);
        },
      ),
    );
  });

  it('never rises when more is remaining', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (recent, daysLeft, a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          // The same seed draws the same endings, so a higher bar can only lose endings.
          expect(chanceToReach(recent, daysLeft, high, 500) ?? 0).toBeLessThanOrEqual(
            chanceToReach(recent, daysLeft, low, 500) ?? 0,
          );
        },
      ),
    );
  });
});
