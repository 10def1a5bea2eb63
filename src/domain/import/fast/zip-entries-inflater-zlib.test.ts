import fc from 'fast-check';
import {
  anyEncoding,
  content,
  deflated,
  inflate,
  KINDS,
  same,
  STRATEGY_NAMES,
  type Encoding,
} from './zip-entries-zlib-fixtures';

/** Every level with every strategy, in zlib's smallest and largest window and memory. */
const ENCODINGS: Encoding[] = STRATEGY_NAMES.flatMap((strategy) =>
  Array.from({ length: 10 }, (_, level) => [
    { level, strategy, windowBits: 9, memLevel: 1 },
    { level, strategy, windowBits: 15, memLevel: 9 },
  ]).flat(),
);

describe('RawInflater on what zlib deflated', () => {
  it.each(ENCODINGS)(
    'inflates level $level, strategy $strategy, windowBits $windowBits, memLevel $memLevel',
    (encoding) => {
      for (const kind of KINDS) {
        const part = content(70_000, kind, encoding.level + 1);
        const stream = deflated(part, encoding);
        const inflated = inflate(stream, 9_000);
        expect(same(inflated.bytes, part), kind).toBe(true);
        // A piece ends with the symbol that fills it: at most one match (258 bytes) more.
        expect(inflated.largestPiece).toBeLessThanOrEqual(9_000 + 258);
      }
    },
  );

  it('gives back what zlib deflated, however it deflated it, in pieces of any size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000 }),
        fc.constantFrom(...KINDS),
        anyEncoding,
        fc.integer({ min: 1, max: 70_000 }),
        fc.nat(),
        (length, kind, encoding, pieceBytes, seed) => {
          const part = content(length, kind, seed);
          const inflated = inflate(deflated(part, encoding), pieceBytes);
          expect(same(inflated.bytes, part)).toBe(true);
          expect(inflated.largestPiece).toBeLessThanOrEqual(pieceBytes + 258);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('fills pieces of every small size to their end with the longest matches', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 0, max: 9 }),
        fc.nat(),
        (pieceBytes, level, seed) => {
          const part = content(40_000, 'periods', seed);
          const encoding: Encoding = { level, strategy: 'default', windowBits: 15, memLevel: 9 };
          const inflated = inflate(deflated(part, encoding), pieceBytes);
          expect(same(inflated.bytes, part)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
