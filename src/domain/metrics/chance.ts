import { CHANCE_SEED, mulberry32 } from './random';

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

  const random = mulberry32(seed);
  let reached = 0;
  for (let ending = 0; ending < endings; ending++) {
    let delivered = 0;
    for (let day = 0; day < daysLeft; day++) {
      delivered += draws[(random() * count) | 0] ?? 0;
      if (delivered >= remaining) break;
    }
    if (delivered >= remaining) reached++;
  }
  return (reached / endings) * 100;
}
