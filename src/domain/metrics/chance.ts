import { CHANCE_SEED } from './random';

export const SIMULATED_ENDINGS = 10_000;

/**
 * The chance (0–100) that the remaining days deliver at least `remaining`, when each remaining
 * day's deliveries are drawn at random from `recentDays` (PRODUCT.md §2). Null when there is no
 * recent day to draw from. Done already → 100; no day left and something remaining → 0.
 */
export function chanceToReach(
  recentDays: ArrayLike<number>,
  daysLeft: number,
  remaining: number,
  endings = SIMULATED_ENDINGS,
  seed = CHANCE_SEED,
): number | null {
  if (remaining <= 0) return 100;
  if (daysLeft <= 0) return 0;
  const count = recentDays.length;
  if (count === 0) return null;
  const draws = Float64Array.from(recentDays);
  let lowest = Infinity;
  let highest = -Infinity;
  for (const value of draws) {
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
  }
  // Every ending would be the same side of the target: no need to draw.
  if (highest * daysLeft < remaining) return 0;
  if (lowest * daysLeft >= remaining) return 100;

  // Every ending draws all its days, even once past the target, so that each ending uses the
  // same random numbers whatever the target: a higher target can then never look likelier.
  // mulberry32 (see random.ts) is inlined: a function call per draw would double the time.
  let state = seed >>> 0;
  let reached = 0;
  for (let ending = 0; ending < endings; ending++) {
    let delivered = 0;
    for (let day = 0; day < daysLeft; day++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const unit = ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
      delivered += draws[(unit * count) | 0] as number;
    }
    if (delivered >= remaining) reached++;
  }
  return (reached / endings) * 100;
}
