/**
 * Splits a whole number into whole parts proportional to weights (the largest-remainder, or
 * Hamilton, method): every part gets the floor of its exact share, then the units still missing
 * go to the largest fractional remainders, ties to the earlier index. The parts always add up to
 * the total exactly, which is what keeps the sample's quarterly sums equal to the published ones.
 */
export function allocateLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`total must be a non-negative integer, got ${total}`);
  }
  for (const weight of weights) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`weights must be finite and non-negative, got ${weight}`);
    }
  }
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return weights.map(() => 0);
  if (weightSum === 0) {
    throw new RangeError(`cannot allocate ${total} over weights that are all zero`);
  }
  const exact = weights.map((weight) => (total * weight) / weightSum);
  const parts = exact.map((share) => Math.floor(share));
  const missing = total - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; k < missing; k++) {
    const target = byRemainder[k % byRemainder.length];
    if (target) parts[target.index] = (parts[target.index] ?? 0) + 1;
  }
  return parts;
}
