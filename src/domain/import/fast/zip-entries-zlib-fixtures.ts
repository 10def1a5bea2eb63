import fc from 'fast-check';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { mulberry32 } from '../../metrics/random';
import { RawInflater } from './zip-entries-inflater';

/**
 * For the tests of the inflater against a second encoder: zlib chooses blocks, codes and
 * matches its own way (stored blocks at level 0, fixed codes, Huffman only, runs only, small
 * windows), and is the reference for damaged streams too.
 */

export type Kind = 'xml' | 'random' | 'runs' | 'periods';
export const KINDS: Kind[] = ['xml', 'random', 'runs', 'periods'];

export function content(bytes: number, kind: Kind, seed: number): Uint8Array {
  const random = mulberry32(seed);
  if (kind === 'periods') {
    // Stretches repeating every 1 to 8 bytes: longest matches at short distances, copies that
    // overlap themselves (a four-byte copy must not reach past what is written).
    const periods = new Uint8Array(bytes);
    for (let at = 0; at < bytes; at++) {
      const period = 1 + ((at >> 12) % 8);
      periods[at] = at % 4096 < period ? (random() * 256) | 0 : (periods[at - period] as number);
    }
    return periods;
  }
  if (kind === 'random') return Uint8Array.from({ length: bytes }, () => (random() * 256) | 0);
  if (kind === 'runs') {
    // Runs of one byte of random lengths: matches at distance 1, and long ones.
    const runs = new Uint8Array(bytes);
    for (let at = 0; at < bytes;) {
      const end = Math.min(bytes, at + 1 + ((random() * random() * 2_000) | 0));
      runs.fill((random() * 4) | 0, at, end);
      at = end;
    }
    return runs;
  }
  let xml = '';
  for (let n = 1; xml.length < bytes; n++) {
    const value = (random() * 5_000) | 0;
    xml += `<row r="${n}"><c r="A${n}" t="s"><v>${value}</v></c><c r="B${n}"><v>${n * 7}</v></c></row>`;
  }
  return new TextEncoder().encode(xml).subarray(0, bytes);
}

export const STRATEGIES = {
  default: constants.Z_DEFAULT_STRATEGY,
  filtered: constants.Z_FILTERED,
  'Huffman only': constants.Z_HUFFMAN_ONLY,
  RLE: constants.Z_RLE,
  fixed: constants.Z_FIXED,
} as const;
export type Strategy = keyof typeof STRATEGIES;
export const STRATEGY_NAMES = Object.keys(STRATEGIES) as Strategy[];

export interface Encoding {
  level: number;
  strategy: Strategy;
  windowBits: number;
  memLevel: number;
}

export const deflated = (part: Uint8Array, { level, strategy, windowBits, memLevel }: Encoding) =>
  new Uint8Array(
    deflateRawSync(part, { level, strategy: STRATEGIES[strategy], windowBits, memLevel }),
  );

/** zlib's own reading of a stream: null when it calls it damaged or cut short. */
export function zlibInflated(stream: Uint8Array): Uint8Array | null {
  try {
    return new Uint8Array(inflateRawSync(stream));
  } catch (error) {
    if (error instanceof Error) return null;
    throw error;
  }
}

export interface Inflated {
  bytes: Uint8Array | null;
  largestPiece: number;
}

/**
 * Everything the inflater gives. Every symbol takes a bit at least and gives 258 bytes at most
 * (a stored block: a byte for a byte), so more than that means it made bytes up, and would run
 * on as long as it is called.
 */
export function inflate(stream: Uint8Array, pieceBytes: number): Inflated {
  const inflater = new RawInflater(stream, pieceBytes);
  const mostBytes = 258 * 8 * stream.length;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let largestPiece = 0;
  while (!inflater.done) {
    if (total > mostBytes) throw new Error('the inflater runs on');
    const piece = inflater.next();
    if (piece === null) return { bytes: null, largestPiece };
    chunks.push(piece.slice());
    total += piece.length;
    largestPiece = Math.max(largestPiece, piece.length);
  }
  const whole = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return { bytes: whole, largestPiece };
}

export const same = (a: Uint8Array | null, b: Uint8Array | null) =>
  a !== null && b !== null && a.length === b.length && a.every((value, k) => value === b[k]);

/** Any way zlib deflates: level, strategy, window and memory. */
export const anyEncoding = fc.record({
  level: fc.integer({ min: 0, max: 9 }),
  strategy: fc.constantFrom(...STRATEGY_NAMES),
  windowBits: fc.integer({ min: 9, max: 15 }),
  memLevel: fc.integer({ min: 1, max: 9 }),
});
