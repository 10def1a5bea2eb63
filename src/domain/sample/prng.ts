/**
 * A small seeded pseudo-random generator (mulberry32). The sample must come out byte for byte
 * the same on every machine and every run, so nothing here may touch Math.random or the clock.
 */
export type Prng = () => number;

/** Returns a generator of numbers in [0, 1) fully determined by the 32-bit seed. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A 32-bit seed from a label (FNV-1a), so each series (say "deliveries US Model 3") gets its own
 * stream: changing how one series is drawn does not reshuffle all the others.
 */
export function seedFromLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A generator for one named series of the sample. */
export function prngFor(label: string): Prng {
  return createPrng(seedFromLabel(label));
}
