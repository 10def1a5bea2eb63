/**
 * mulberry32: a tiny, fast 32-bit generator. Good enough for a Monte Carlo of daily deliveries,
 * and seeded so the same data always gives the same chance.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The fixed seed of the chance simulation. Any constant works; this one spells "pace". */
export const CHANCE_SEED = 0x70616365;
